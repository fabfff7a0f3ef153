from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "heraldo-del-segura", "heraldodelsegura.es", "es"
BG = {
    "SQ1": "La Confederación Hidrográfica del Segura declaró la situación de emergencia por sequía en febrero de 2025, cuando las reservas de la cuenca cayeron por debajo del 15 % de su capacidad.",
    "SQ2": "El decreto de sequía permite a los municipios de más de 20.000 habitantes aplicar cortes nocturnos de suministro y prohíbe el llenado de piscinas privadas con agua de la red.",
}
SECCION = {"vega-baja": "Vega Baja", "sociedad": "Sociedad", "deportes": "Deportes", "cultura": "Cultura",
           "economia": "Economía", "sucesos": "Sucesos"}


def render(i, page, rng):
    lines = expand(page["lines"], BG)
    sec = page["path"].split("/")[0]
    top, mid, end = [], [], []
    if chance(rng, 0.72):
        top.append("[cookie] Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarte publicidad relacionada con tus preferencias. Aceptar | Configurar | Rechazar")
    if chance(rng, 0.85):
        top.append(f"[navigation] Inicio · {SECCION[sec]}")
    audio = chance(rng, 0.55) and f"[audio] Escuchar noticia · {rng.randint(2, 5)} min"
    rel = [f"[related] Te puede interesar: {h}" for h in page["rel"]]
    if chance(rng, 0.6):
        mid.append("[ad] Publicidad")
    nl = None
    if chance(rng, 0.75):
        nl = ("[newsletter] Recibe cada mañana en tu correo las noticias de la Vega Baja y el Segura. Suscríbete gratis a nuestro boletín"
              if rng.random() < 0.5 else
              "[newsletter] Boletín diario: lo más importante de la Vega Baja, en tu email a las 7:00. Apúntate gratis")
    if chance(rng, 0.8):
        n = rng.randint(11900, 12900)
        end.append(f"[appeal] Ya somos {n:,} socios que hacen posible el periodismo independiente en la Vega Baja. Hazte socio desde 5 € al mes".replace(",", "."))
    if chance(rng, 0.7):
        end.append("[social] Síguenos en WhatsApp, Telegram e Instagram para no perderte nada de lo que pasa en la Vega Baja")
    if chance(rng, 0.66):
        end.append("[share] Compartir en Facebook · Compartir en X · Compartir en WhatsApp · Enviar por email")
    end.append("[legal] © Ediciones del Segura S.L. 2025. Todos los derechos reservados. Aviso legal · Política de privacidad · Política de cookies")
    body = [lines[0], lines[1]]
    if audio:
        body.append(audio)
    paras = lines[2:]
    paras = splice(paras, 5 if i % 2 else 4, [nl] if nl else [])
    body += splice(paras, 2, rel + mid)
    return top + body + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "es.txt")), render, "es")
