"""Crónica Abierta (cronicaabierta.mx): independent, reader-funded Mexican news site."""
from common import B, SERIES, article_lines, splice, rng_for, word_count, render, rotate_pool

CODE = "mx"
LANG = "es"
HOST = "cronicaabierta.mx"

SECTIONS = {
    "medio-ambiente": "Medio ambiente", "estados": "Estados", "seguridad": "Seguridad",
    "economia": "Economía", "cultura": "Cultura", "deportes": "Deportes",
    "cdmx": "CDMX", "nacional": "Nacional",
}

# ---------------------------------------------------------------- running series
SERIES_NAME = "La sed del Valle"
S1 = ("El Sistema Cutzamala abastece alrededor de una cuarta parte del agua que se consume en la "
      "Zona Metropolitana del Valle de México. Lo forman siete presas y seis plantas de bombeo que "
      "suben el agua más de mil cien metros desde Michoacán y el Estado de México.")
S2 = ("Desde el otoño pasado, la Comisión Nacional del Agua recortó el envío a la capital y a trece "
      "municipios mexiquenses, luego de que el almacenamiento del sistema cayera por debajo del 40 por "
      "ciento, el nivel más bajo para esa época del año desde que hay registros.")
S2_ALT = ("Desde octubre de 2023, la Comisión Nacional del Agua recortó el envío a la capital y a trece "
          "municipios mexiquenses, luego de que el almacenamiento del sistema cayera por debajo del 40 por "
          "ciento, el nivel más bajo para esa época del año desde que hay registros.")
S3 = ("En la serie La sed del Valle, Crónica Abierta recorre presas, pozos y colonias para documentar "
      "cómo se reparte el agua que queda y quién se queda sin ella.")
FACT = ("Si tu colonia lleva más de 72 horas sin agua, puedes reportarlo a Locatel al 55 5658 1111 "
        "o escribirnos a lased@cronicaabierta.mx.")


def series_lines(art):
    if art.get("sv") == "alt":
        return [S1, S2_ALT, S3, FACT]
    if art.get("sv") == "short":
        return [S1, S2, FACT]
    return [S1, S2, S3, FACT]


# ---------------------------------------------------------------- articles
ARTICLES = [
    dict(sec="medio-ambiente", slug="iztapalapa-pipa-cada-nueve-dias", series=True,
         tags=["Agua", "Cutzamala", "Iztapalapa", "La sed del Valle"], body=[
        "En Iztapalapa, la pipa llega cada nueve días y el tinaco no alcanza",
        "Texto: Mariana Ledesma / Fotos: Iván Cruz | 12 de marzo de 2024",
        "A las cinco de la mañana, Rosa Elvira Tapia ya está formada con seis cubetas en la esquina de Avenida Las Torres y Calle 7, en la colonia Desarrollo Urbano Quetzalcóatl. La pipa que prometió la alcaldía no llegó el lunes ni el martes; hoy es jueves.",
        "“Aquí uno aprende a bañarse con jícara y a lavar la ropa con el agua que sobra de los trastes”, dice mientras acomoda los botes en una carretilla prestada.",
        "En la colonia viven cerca de 40 mil personas. Según los vecinos, desde diciembre el agua de la red sólo sale uno o dos días a la semana, y con tan poca presión que no sube a los tinacos.",
        "Un reparto que nadie explica",
        "La alcaldía asegura que envía 180 pipas diarias a las colonias más afectadas, pero no publica rutas ni horarios. Los vecinos empezaron a anotar en una libreta las placas de cada unidad que entra a la colonia.",
        SERIES,
        "Rosa Elvira calcula que este mes ha gastado 1,400 pesos en garrafones y en una pipa particular que compartió con dos vecinas. Es casi la mitad de lo que gana limpiando casas en Coyoacán.",
    ]),
    dict(sec="estados", slug="agave-los-altos-precio-sobreoferta", tags=["Jalisco", "Agave", "Tequila", "Campo"], body=[
        "Agaveros de Los Altos venden la piña a tres pesos el kilo: menos de lo que cuesta cosecharla",
        "Por Julián Orozco | Arandas, Jalisco | 13 de marzo de 2024",
        "Hace cinco años, un kilo de agave azul se pagaba en Los Altos de Jalisco hasta en 30 pesos. Hoy los intermediarios ofrecen tres, y algunos productores de Arandas y Jesús María prefieren dejar las plantas en el surco antes que pagar a los jimadores.",
        "La caída se explica por la fiebre de plantaciones que siguió al auge del tequila: miles de hectáreas sembradas entre 2018 y 2020 llegaron a la madurez al mismo tiempo.",
        "“Nos dijeron que el agave era como tener dinero en el banco. Ahora el banco quebró”, resume Eusebio Navarro, que tiene 12 hectáreas heredadas de su padre.",
        "El Consejo Regulador del Tequila reconoce que el inventario de agave maduro supera la demanda de las destilerías al menos hasta 2026, y recomienda a los productores no ampliar sus plantíos.",
        "Las organizaciones campesinas piden al gobierno estatal un precio mínimo de referencia y apoyos para volver a sembrar maíz y frijol en parte de esas tierras, como se hacía antes.",
        "La Secretaría de Agricultura de Jalisco dijo que analiza un programa de acopio, pero no dio fechas ni montos.",
    ]),
    dict(sec="seguridad", slug="colectivo-busqueda-zapopan-predio", no_ads=True,
         tags=["Jalisco", "Desaparecidos", "Madres buscadoras", "Zapopan"], body=[
        "Colectivo de madres buscadoras localiza restos humanos en un predio de Zapopan",
        "Por Daniela Farías | Guadalajara | 14 de marzo de 2024",
        "Integrantes del colectivo Luz de Esperanza localizaron la tarde del miércoles restos humanos en un predio baldío de la colonia Nuevo México, en Zapopan, a partir de un mapa que recibieron de forma anónima.",
        "Las buscadoras llegaron con varillas y palas poco después del mediodía. Hacia las cuatro de la tarde, una de ellas percibió olor al retirar la varilla de la tierra y el grupo avisó a la Fiscalía del Estado.",
        "Peritos del Instituto Jalisciense de Ciencias Forenses acordonaron la zona y trabajaron hasta la noche. La Fiscalía no ha informado cuántos cuerpos podrían estar en el lugar.",
        "Integrantes del colectivo trabajan en el predio de la colonia Nuevo México. Foto: Daniela Farías",
        "“No venimos a buscar culpables, venimos a buscar a nuestros hijos”, dijo Guadalupe Aguilar, cuyo hijo Brandon desapareció en 2021 a dos cuadras de ahí.",
        "Jalisco encabeza el registro nacional de personas desaparecidas, con más de 15 mil casos vigentes según la plataforma de la Comisión Nacional de Búsqueda.",
    ]),
    dict(sec="economia", slug="superpeso-maquiladoras-coahuila-turnos",
         tags=["Coahuila", "Tipo de cambio", "Empleo", "Industria automotriz"], body=[
        "El superpeso aprieta a las maquiladoras de Coahuila: ya hay recortes de turno",
        "Por Héctor Villarreal | Saltillo | 15 de marzo de 2024",
        "Con el dólar por debajo de los 17 pesos, las empresas de autopartes del sureste de Coahuila reciben menos pesos por cada pieza que exportan, mientras sus costos de nómina y energía siguen subiendo.",
        "Al menos tres plantas de Ramos Arizpe eliminaron el tercer turno en febrero, de acuerdo con la asociación de industriales de la región. Se trata de unos 900 empleos.",
        "“El tipo de cambio fuerte es buena noticia para quien importa, pero para el que vende afuera es cuesta arriba”, explica la economista Lorena Garza, de la Universidad Autónoma de Coahuila.",
        "Los empresarios piden al Banco de México acelerar la baja de tasas de interés, lo que en teoría debilitaría al peso. El banco central ha dicho que no tiene un objetivo para el tipo de cambio.",
        "Mientras tanto, quienes pasaron del tercer turno al desempleo buscan acomodo en el comercio o en las obras del nuevo parque industrial de Derramadero, donde pagan por día.",
    ]),
    dict(sec="cultura", slug="feria-libro-oaxaca-lenguas-zapotecas",
         tags=["Oaxaca", "Libros", "Lenguas indígenas", "Zapoteco"], body=[
        "La Feria del Libro de Oaxaca se dedica este año a las lenguas zapotecas",
        "Por Citlali Ruiz | Oaxaca de Juárez | 16 de marzo de 2024",
        "Por primera vez, la feria tendrá una sala completa de títulos escritos en zapoteco del Istmo, de la Sierra Norte y de los Valles Centrales, con más de 120 libros de 40 editoriales pequeñas.",
        "Los organizadores anunciaron lecturas bilingües todas las tardes en el zócalo y un programa de cuentacuentos para niñas y niños en las variantes de Juchitán y Yalálag.",
        "“Durante décadas nos dijeron que el zapoteco no servía para escribir, que era para la cocina y el mercado. Esta sala es una respuesta”, dijo la poeta juchiteca Nayeli Toledo durante la presentación.",
        "El Instituto Nacional de Lenguas Indígenas estima que el zapoteco tiene alrededor de 490 mil hablantes, pero algunas de sus variantes tienen menos de mil y están en riesgo de desaparecer.",
        "La feria se realizará del 6 al 14 de abril en el Centro Cultural y de Convenciones. La entrada será libre.",
    ]),
    dict(sec="deportes", slug="venados-merida-jugara-en-campeche",
         tags=["Yucatán", "Futbol", "Liga de Expansión"], body=[
        "Venados de Mérida jugará en Campeche mientras remodelan su estadio",
        "Por Rodrigo Canul | Mérida | 17 de marzo de 2024",
        "El equipo yucateco de la Liga de Expansión disputará sus partidos de local del próximo torneo en Campeche, a 180 kilómetros, porque las obras en su estadio no estarán listas a tiempo.",
        "La directiva confirmó que pondrá autobuses gratuitos para los abonados, aunque reconoció que la asistencia caerá. El torneo pasado el equipo promedió 6,800 aficionados por juego.",
        "“Es como jugar de visitante todo el año”, lamentó el capitán Édgar Uc tras el entrenamiento del sábado.",
        "El gobierno del estado invierte 450 millones de pesos en la remodelación, que incluye techumbre, nuevas gradas y césped híbrido. La entrega estaba prevista para julio y ahora se recorrió a diciembre.",
        "La porra del equipo anunció que viajará a Campeche cada quince días y que organizará rifas para pagar el combustible.",
    ]),
    dict(sec="medio-ambiente", slug="valle-de-bravo-lancheros-pescadores-sequia", series=True,
         tags=["Agua", "Cutzamala", "Valle de Bravo", "Turismo", "La sed del Valle"], body=[
        "Valle de Bravo se queda sin lago: lancheros y pescadores cuentan sus pérdidas",
        "Texto: Mariana Ledesma / Fotos: Iván Cruz | 18 de marzo de 2024",
        "El muelle municipal de Valle de Bravo termina ahora en tierra seca. Donde hace dos años atracaban los veleros hay pasto, botellas y una lancha volteada que nadie ha venido a reclamar.",
        "La presa Miguel Alemán, la más grande del Cutzamala, está a menos de un tercio de su capacidad. Los lancheros que llevaban turistas a la Peña dicen que sus ingresos cayeron 70 por ciento.",
        SERIES,
        "“Antes hacíamos veinte viajes un sábado. Ahora hacemos tres, y eso si los turistas no se desaniman al ver el lodo”, cuenta Fermín Arriaga, que lleva 26 años en el oficio.",
        "Los pescadores de la cooperativa El Pinar aseguran que la mojarra y la carpa se concentraron en las zonas hondas, a donde ya no llegan sus redes.",
        "Turismo a la baja",
        "La asociación de hoteleros del municipio reporta una ocupación de 38 por ciento en fines de semana, la más baja desde la pandemia.",
    ]),
    dict(sec="cdmx", slug="vecinos-roma-sur-suspenden-torre-medellin",
         tags=["CDMX", "Vivienda", "Inmobiliarias", "Roma Sur"], body=[
        "Vecinos de la Roma Sur consiguen suspender una torre de 14 pisos en la calle Medellín",
        "Por Andrea Sotelo | 19 de marzo de 2024",
        "Un juez administrativo concedió la suspensión provisional de la obra en el número 318 de la calle Medellín, donde una inmobiliaria levantaba un edificio de 14 niveles en un predio con uso de suelo para seis.",
        "La asamblea vecinal Roma Sur Habitable presentó la demanda en enero, con fotografías de grietas en tres casas contiguas y el dictamen de un perito independiente.",
        "La inmobiliaria sostiene que cuenta con un certificado de derechos adquiridos que le permite construir más pisos. Los vecinos afirman que el documento se expidió de forma irregular en 2017.",
        "La Secretaría de Desarrollo Urbano y Vivienda informó que revisa el expediente y que, si encuentra irregularidades, pedirá su cancelación.",
        "Es la cuarta obra frenada por una demanda vecinal en la alcaldía Cuauhtémoc en lo que va del año.",
    ]),
    dict(sec="nacional", slug="jornaleras-san-quintin-guarderias-imss",
         tags=["Baja California", "Jornaleros", "IMSS", "Derechos laborales"], body=[
        "Jornaleras de San Quintín marchan para exigir guarderías y afiliación al IMSS",
        "Por Luis Ángel Rosas | San Quintín, Baja California | 20 de marzo de 2024",
        "Unas dos mil trabajadoras y trabajadores agrícolas marcharon el martes por la carretera Transpeninsular para exigir que las empresas exportadoras de fresa y jitomate los registren ante el Instituto Mexicano del Seguro Social.",
        "Nueve años después del paro que detuvo la cosecha en el valle, los jornaleros dicen que el salario mejoró, pero la mayoría sigue contratada por día y sin prestaciones.",
        "“Trabajo desde las cinco de la mañana y no tengo dónde dejar a mis hijos. Los dejo con la vecina y le pago con lo que gano”, dijo Juana Hernández, originaria de la Mixteca oaxaqueña.",
        "La marcha terminó frente a las oficinas del consejo agrícola estatal, que en un comunicado aseguró que el 80 por ciento de sus asociados cumple con la seguridad social.",
        "El sindicato independiente que convocó la movilización pidió una mesa de diálogo con la Secretaría del Trabajo antes del inicio de la temporada alta, en mayo.",
    ]),
    dict(sec="medio-ambiente", slug="ecatepec-pozos-agua-turbia-manganeso", series=True, sv="alt",
         tags=["Agua", "Ecatepec", "Salud", "La sed del Valle"], body=[
        "En Ecatepec el agua sí llega, pero sale café",
        "Texto: Mariana Ledesma / Fotos: Iván Cruz | 21 de marzo de 2024",
        "Cuando Lucero Domínguez abre la llave de su cocina en Ciudad Azteca, el chorro tarda unos segundos en aclararse. Los primeros litros salen color té y huelen a fierro.",
        "Con el recorte del Cutzamala, Ecatepec depende más que nunca de sus pozos profundos, algunos perforados hace cuarenta años y con niveles de manganeso por encima de la norma.",
        "Un análisis que Crónica Abierta encargó a un laboratorio certificado encontró 0.41 miligramos de manganeso por litro en una muestra tomada en la colonia; el límite oficial es de 0.15.",
        "El organismo municipal de agua respondió que limpia la red de forma periódica y recomendó hervir el agua antes de consumirla, aunque hervirla no elimina los metales.",
        "Lucero compra cuatro garrafones por semana. Para bañar a su hija usa el agua de la llave, y dice que desde hace meses la niña tiene ronchas en la espalda.",
        SERIES,
    ]),
    dict(sec="estados", slug="maestros-selva-lacandona-cobrar-quincena",
         tags=["Chiapas", "Educación", "Maestros"], body=[
        "En la Selva Lacandona, cobrar la quincena le cuesta a un maestro tres horas de camino",
        "Por Ernesto Gómez | Ocosingo, Chiapas | 22 de marzo de 2024",
        "Cada quince días, Aurelio Méndez deja su escuela multigrado en Nueva Palestina, camina una hora hasta la carretera y toma una combi a Ocosingo para sacar su sueldo del único cajero que funciona.",
        "El viaje de ida y vuelta le cuesta 240 pesos y un día de clases. En su escuela, de 31 alumnos, no hay suplente.",
        "La sección sindical del magisterio calcula que más de 1,500 docentes de la región viven la misma situación, y pide que el pago vuelva a hacerse en efectivo en las cabeceras de zona escolar.",
        "La Secretaría de Educación estatal respondió que el pago electrónico evita robos y descuentos indebidos, y prometió cajeros móviles en seis municipios antes de junio.",
        "“Ya nos habían prometido lo mismo el año pasado”, dice Aurelio. “Mientras, los niños pierden dos días al mes.”",
    ]),
    dict(sec="seguridad", slug="transportistas-bloquean-mexico-puebla-asaltos",
         tags=["Puebla", "Carreteras", "Robo a transporte", "Guardia Nacional"], body=[
        "Transportistas bloquean la México-Puebla por asaltos: “nos roban la carga y a veces la vida”",
        "Por Redacción Crónica Abierta | 23 de marzo de 2024",
        "Operadores de carga bloquearon desde las siete de la mañana de este lunes la autopista México-Puebla a la altura de San Martín Texmelucan, en protesta por los robos con violencia en ese tramo.",
        "La organización de transportistas que convocó el paro informó que en lo que va del año sus agremiados han denunciado 63 asaltos entre Río Frío y Puebla, casi siempre de noche y con armas largas.",
        "El bloqueo provocó filas de más de diez kilómetros en ambos sentidos. Caminos y Puentes Federales recomendó usar la carretera libre o el Arco Norte.",
        "Hacia el mediodía, mandos de la Guardia Nacional se reunieron con los inconformes y ofrecieron patrullajes nocturnos y un operativo conjunto con las policías de Puebla y del Estado de México.",
        "Los transportistas liberaron los carriles a las 14:30, pero advirtieron que volverán a parar si los robos continúan.",
    ]),
    dict(sec="medio-ambiente", slug="pipas-piratas-tlalpan-negocio-agua", series=True,
         tags=["Agua", "Tlalpan", "Pipas", "Conagua", "La sed del Valle"], body=[
        "El negocio de las pipas piratas en Tlalpan: 1,800 pesos por 10 mil litros",
        "Texto: Mariana Ledesma y Pablo Herrera | 25 de marzo de 2024",
        "En la zona alta de Tlalpan, donde la red pública apenas llega, cualquier vecino puede conseguir agua en menos de una hora. Sólo tiene que pagarle a la persona correcta.",
        "Durante tres semanas, Crónica Abierta siguió a pipas sin logotipo que se abastecen en pozos particulares de Topilejo y venden el agua en colonias como Lomas de Padierna y San Andrés Totoltepec.",
        "Un viaje de 10 mil litros cuesta entre 1,500 y 1,800 pesos, el triple que hace un año. Los choferes no dan comprobante y nadie sabe de dónde viene exactamente el agua.",
        SERIES,
        "Pozos sin concesión",
        "De los 27 pozos que identificamos, sólo nueve aparecen en el Registro Público de Derechos de Agua. Conagua dijo que abrirá una investigación.",
        "La alcaldía asegura que no tiene facultades para sancionar a las pipas particulares y que el tema corresponde a la autoridad federal.",
    ]),
    dict(sec="cultura", slug="muere-refugio-alcantara-papel-picado-huixcolotla",
         tags=["Puebla", "Artesanías", "Día de Muertos", "Obituario"], body=[
        "Muere doña Refugio Alcántara, maestra del papel picado de Huixcolotla",
        "Por Citlali Ruiz | San Salvador Huixcolotla, Puebla | 26 de marzo de 2024",
        "Refugio Alcántara Flores, una de las artesanas que llevaron el papel picado de San Salvador Huixcolotla a museos de Europa y Estados Unidos, murió el domingo a los 91 años en su casa del barrio de San Juan.",
        "Aprendió el oficio a los ocho años, cuando su padre la ponía a sostener los pliegos de papel de china mientras él golpeaba el cincel sobre una base de plomo. En setenta años de trabajo formó a más de cien aprendices.",
        "Sus diseños para Día de Muertos, con calaveras que bailan entre guirnaldas de cempasúchil, se reconocían por la finura del corte: podía calar hasta cincuenta pliegos a la vez.",
        "“Ella decía que el papel picado es para que el aire tenga de qué platicar”, recordó su nieta Maricela, que mantiene el taller familiar.",
        "El ayuntamiento decretó tres días de luto y anunció que el taller municipal llevará su nombre. Será velada este martes en la parroquia de San Salvador.",
    ]),
    dict(sec="economia", slug="cafetaleros-coatepec-precio-garantia-roya",
         tags=["Veracruz", "Café", "Campo", "Congreso local"], body=[
        "Cafetaleros de Coatepec piden precio de garantía: la roya y el mercado los dejan sin margen",
        "Por Julián Orozco | Coatepec, Veracruz | 27 de marzo de 2024",
        "Pequeños productores de café del centro de Veracruz entregaron este martes en el Congreso local una propuesta de ley para fijar un precio mínimo al café cereza, que hoy se paga a nueve pesos el kilo.",
        "Según la unión de productores de Coatepec, producir un kilo cuesta alrededor de 12 pesos, sin contar la mano de obra familiar.",
        "A la caída del precio internacional se suma el regreso de la roya, el hongo que en 2013 acabó con la mitad de la cosecha en la región y que las lluvias irregulares han reactivado.",
        "“Aquí nadie quiere dejar el café, pero los muchachos se van al norte porque en la finca no sale ni para la semana”, dijo Rafael Landa, productor de 64 años.",
        "La comisión de desarrollo agropecuario del Congreso se comprometió a dictaminar la iniciativa antes de la próxima cosecha, que empieza en octubre.",
    ]),
    dict(sec="deportes", slug="corredora-raramuri-gana-ultramaraton-canones",
         tags=["Chihuahua", "Atletismo", "Pueblo rarámuri"], body=[
        "Con huaraches y falda tradicional, Juliana Palma gana el Ultramaratón de los Cañones",
        "Por Rodrigo Canul | Guachochi, Chihuahua | 28 de marzo de 2024",
        "La corredora rarámuri Juliana Palma Bustillos, de 22 años, ganó la rama femenil del Ultramaratón de los Cañones, una prueba de 100 kilómetros por la Sierra Tarahumara, con un tiempo de 11 horas y 42 minutos.",
        "Corrió con huaraches de suela de llanta y la falda tradicional de su comunidad, como lo hicieron antes que ella otras atletas de Guachochi.",
        "“Corro porque me gusta y porque el premio alcanza para el maíz del año”, dijo en la meta, en rarámuri, mientras su hermano traducía a los reporteros.",
        "La bolsa para la ganadora fue de 25 mil pesos y una despensa. En la rama varonil ganó Erasmo Bautista, de Norogachi.",
        "Participaron 870 corredores de 14 estados y cinco países, la cifra más alta en la historia de la carrera.",
    ]),
    dict(sec="medio-ambiente", slug="bombardeo-nubes-cutzamala-expertos-dudan", series=True, sv="short",
         tags=["Agua", "Cutzamala", "Conagua", "Ciencia", "La sed del Valle"], body=[
        "Bombardeo de nubes sobre el Cutzamala: la apuesta de Conagua que los expertos ponen en duda",
        "Texto: Pablo Herrera | 29 de marzo de 2024",
        "La Comisión Nacional del Agua contrató por 23 millones de pesos a una empresa privada para sembrar nubes con yoduro de plata sobre las presas del Cutzamala durante la próxima temporada de lluvias.",
        "La técnica consiste en dispersar partículas desde una avioneta para estimular la formación de gotas. Sus promotores aseguran que puede aumentar la lluvia hasta 30 por ciento.",
        SERIES,
        "Tres especialistas en ciencias atmosféricas de la UNAM consultados para esta serie coincidieron en que no hay evidencia sólida de que la siembra de nubes funcione a la escala que promete la empresa.",
        "“Es una medida que se ve bien en una conferencia, pero no sustituye reparar fugas ni ordenar los pozos”, dijo una de ellas, que pidió no ser identificada por tener contratos con el gobierno federal.",
        "Conagua respondió por escrito que el programa es complementario y que los resultados se evaluarán al final de la temporada.",
    ]),
    dict(sec="cdmx", slug="linea-1-metro-reabre-pantitlan-balderas",
         tags=["CDMX", "Metro", "Movilidad"], body=[
        "La Línea 1 del Metro reabre el tramo Pantitlán-Balderas tras 16 meses de obras",
        "Por Andrea Sotelo | 30 de marzo de 2024",
        "Las estaciones de Pantitlán a Balderas de la Línea 1 volvieron a operar este sábado a las 5:00 horas, luego de 16 meses cerradas por la modernización de vías, trenes y sistema de control.",
        "Durante la primera hora, usuarios reportaron trenes más rápidos pero también esperas de hasta doce minutos en Pino Suárez, mientras el sistema se ajustaba a la nueva frecuencia.",
        "El servicio emergente de autobuses que cubría la ruta se mantendrá una semana más para atender a quienes todavía no saben de la reapertura.",
        "“Me ahorro cuarenta minutos de ida y cuarenta de regreso. Eso es una hora y veinte con mis hijos”, dijo Verónica Salas, que viaja todos los días desde Los Reyes La Paz.",
        "El tramo de Balderas a Observatorio seguirá cerrado hasta finales de año, informó el director del Sistema de Transporte Colectivo.",
    ]),
]

# ---------------------------------------------------------------- template
MENU = "Inicio · Nacional · Estados · CDMX · Economía · Seguridad · Cultura · Deportes · Medio ambiente · Opinión"
MENU2 = "Investigaciones · Series · Sobremesa (pódcast) · Boletines · Únete a la Red Abierta"
COOKIE_A = B("cookie",
             "Usamos cookies propias y de terceros para saber qué notas se leen más y mejorar el sitio. Puedes rechazarlas o configurarlas cuando quieras.",
             "Aceptar todas · Rechazar · Configurar")
COOKIE_B = B("cookie",
             "Este sitio guarda cookies en tu navegador. Consulta nuestro Aviso de Privacidad Integral para saber para qué las usamos.",
             "Entendido")
SHARE = "Compartir: Facebook · X · WhatsApp · Telegram · Copiar enlace"
TOOLS = "Guardar · Imprimir · A+ · A−"
AUDIO_NOTE = "Audio narrado con voz sintética. Si notas un error de pronunciación, escríbenos."
NL_A = B("newsletter",
         "La Abierta Matutina: lo que tienes que saber antes de salir de casa, de lunes a viernes a las 6:30 en tu correo.",
         "Escribe tu correo electrónico",
         "Quiero recibirla")
NL_B = B("newsletter",
         "¿Te late cómo contamos las cosas? Recibe gratis nuestro boletín de los sábados con las investigaciones que no salen en la tele.",
         "Tu correo",
         "Suscribirme gratis")
NL_PRIV = "Al suscribirte aceptas nuestro Aviso de Privacidad. Puedes darte de baja cuando quieras."
APPEAL_HEAD_A = "Crónica Abierta no tiene muro de pago ni vive de la publicidad oficial."
APPEAL_HEAD_B = "Este reportaje nos tomó semanas de trabajo en campo. Nadie nos lo encargó: lo pagan quienes nos leen."
APPEAL_BODY = "Si puedes, súmate a la Red Abierta con una aportación mensual. Con ella pagamos viáticos, fotografía y asesoría legal para nuestras reporteras."
APPEAL_AMOUNTS = "$50 · $100 · $200 · Otra cantidad"
APPEAL_FREQ = "Una sola vez | Cada mes"
APPEAL_BTN = "Quiero aportar"
APPEAL_TAX = "Somos donataria autorizada: pide tu recibo deducible al aportar."
CAMPAIGN_1 = "Campaña 10 años: hasta el 31 de marzo, cada peso que aportes se duplica gracias al Fondo para el Periodismo Local."
FOLLOW = "Síguenos en Facebook, Instagram, TikTok y X: @CronicaAbierta"
WHATSAPP = "Recibe nuestras notas en el canal de WhatsApp de Crónica Abierta"
COMMENT_POLICY = "Moderamos todos los comentarios. No publicamos insultos, amenazas ni datos personales de terceros."
RELATED_HEAD = "Lo más leído en Crónica Abierta"
APP = "Descarga la app de Crónica Abierta y recibe alertas sólo de lo que importa."
PODCAST = "Nuevo episodio de Sobremesa, nuestro pódcast de los viernes: escúchalo en Spotify, Apple Podcasts o en nuestro sitio."
LICENSE = ("Este texto se publica bajo licencia Creative Commons BY-NC-ND 4.0: puedes republicarlo sin cambios, "
           "citando a Crónica Abierta y enlazando a la nota original.")
FOOTNAV = "Quiénes somos · Código de ética · Transparencia · Contacto · Aviso de privacidad · Trabaja con nosotros"
COPY = "© 2024 Crónica Abierta, Periodismo Independiente, A.C. Todos los derechos reservados."

# per-page plan (0-based page indexes)
NO_COOKIE = {4, 11, 15}
COOKIE_AT_END = {2, 9, 13}
NO_MENU2 = {6, 16}
AUDIO_PAGES = {0, 6, 9, 12, 16}
SHARE_BOTTOM = {3, 8, 14}
MID_NEWSLETTER = {0, 1, 3, 5, 6, 8, 10, 12, 13, 15, 17}
NO_APPEAL = {2, 11}
CAMPAIGN = {12, 13, 14, 15, 16}   # last days of March
CAMPAIGN_DAYS_LEFT = {12: 6, 13: 5, 14: 4, 15: 3, 16: 2}
SHUFFLED_TRAILER = {4, 7, 10, 15}
APP_PAGES = {1, 5, 9, 13, 17}
PODCAST_PAGES = {3, 7, 11, 15}
WHATSAPP_PAGES = {0, 2, 4, 8, 10, 14, 16}
MOST_READ_POOL = [0, 2, 7, 9, 12, 17, 3]


def headline(k):
    return ARTICLES[k]["body"][0]


def page(i):
    a = ARTICLES[i]
    n = len(ARTICLES)
    rng = rng_for(CODE, i)
    art = article_lines(a, series_lines(a) if a.get("series") else [])
    lead = 2  # headline + byline

    # ---- inside the article body (positions on the bare article, inserted back to front)
    body_len = len(art) - lead
    ins = []
    ins.append((lead + min(2, body_len - 1), B("related", "Lee también: " + headline((i + 5) % n))))
    mid_pos = lead + (body_len * 3) // 5
    if i in MID_NEWSLETTER:
        box = NL_A if i % 2 == 0 else NL_B
        if i % 4 == 1:
            box = box + B("newsletter", NL_PRIV)
        ins.append((mid_pos, box))
    elif not a.get("no_ads"):
        ins.append((mid_pos, B("ad", "Publicidad")))
    if body_len >= 8:
        ins.append((len(art) - 1, B("related", "Te recomendamos: " + headline((i + 11) % n))))
    if not a.get("no_ads") and i % 3 == 0:
        ins.append((lead + 1, B("ad", "Publicidad")))
    for pos, block in sorted(ins, key=lambda x: -x[0]):
        art = splice(art, pos, block)

    # ---- top of article
    top = []
    top += B("ui", f"Lectura de {max(2, -(-sum(len(t.split()) for _, t in art if _ is None) // 100))} min")
    if i in AUDIO_PAGES:
        secs = 150 + word_count(a) // 2 + rng.randint(0, 40)
        top += B("audio", f"Escucha esta nota ▶ {secs // 60}:{secs % 60:02d}")
        if i != 16:
            top += B("audio", AUDIO_NOTE)
    if i not in SHARE_BOTTOM:
        top += B("share", SHARE)
    top += B("ui", TOOLS)
    art = art[:lead] + top + art[lead:]

    # ---- header
    out = B("navigation", MENU)
    if i not in NO_MENU2:
        out += B("navigation", MENU2)
    cookie = COOKIE_A if rng.random() < 0.6 else COOKIE_B
    if i not in NO_COOKIE and i not in COOKIE_AT_END:
        out += cookie
    crumb = "Inicio / " + SECTIONS[a["sec"]]
    if a.get("series"):
        crumb += " / " + SERIES_NAME
    out += B("navigation", crumb)
    out += art

    # ---- trailer
    if i not in (5, 12):
        out += B("legal", LICENSE)
    if i in SHARE_BOTTOM:
        out += B("share", SHARE)

    blocks = []
    blocks.append(B("navigation", "Temas: " + " · ".join(a["tags"])))
    if i not in NO_APPEAL:
        ap = B("appeal", APPEAL_HEAD_B if (a.get("series") or i % 5 == 2) else APPEAL_HEAD_A)
        if i in CAMPAIGN:
            ap += B("appeal", CAMPAIGN_1, f"Faltan {CAMPAIGN_DAYS_LEFT[i]} días para cerrar la campaña.")
        else:
            ap += B("appeal", APPEAL_BODY)
        count = 1180 + i * 41 + rng.randint(0, 25) + (300 if i in CAMPAIGN else 0)
        ap += B("appeal", f"Este mes, {count:,} personas han aportado. Nuestra meta: 2,500.")
        ap += B("appeal", APPEAL_AMOUNTS)
        if i % 3 != 1:
            ap += B("appeal", APPEAL_FREQ)
        ap += B("appeal", APPEAL_BTN)
        if i % 4 == 0:
            ap += B("appeal", APPEAL_TAX)
        blocks.append(ap)
    if i not in MID_NEWSLETTER:
        blocks.append(NL_B if i % 2 == 0 else NL_A)
    soc = B("social", FOLLOW)
    if i in WHATSAPP_PAGES:
        soc += B("social", WHATSAPP)
    blocks.append(soc)
    if i in PODCAST_PAGES:
        blocks.append(B("audio", PODCAST))
    picks = rotate_pool(MOST_READ_POOL, i, 3, own=i)
    blocks.append(B("related", RELATED_HEAD) + B("related", *[headline(k) for k in picks]))
    ncom = 0 if rng.random() < 0.15 else rng.randint(2, 64)
    com = B("comments", f"Comentarios ({ncom})" if ncom else "Sé la primera persona en comentar")
    if i % 2 == 0:
        com += B("comments", COMMENT_POLICY)
    blocks.append(com)
    if i in APP_PAGES:
        blocks.append(B("app", APP))
    if i in SHUFFLED_TRAILER:
        rng.shuffle(blocks)
    for b in blocks:
        out += b

    # ---- footer
    if i in COOKIE_AT_END:
        out += cookie
    out += B("navigation", FOOTNAV)
    if i in (5, 12):
        out += B("legal", LICENSE)
    out += B("legal", COPY)
    return render(CODE, LANG, HOST, i, a["sec"], a["slug"], out)
