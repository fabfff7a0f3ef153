import random
from lib import B, write_page

SITE, LANG, HOST = "sb6-es", "es", "www.diario-del-plata.com.ar"

BG1 = ("El conflicto comenzó el 9 de noviembre, cuando el Sindicato Unido de Estibadores rechazó la propuesta salarial "
       "de la Cámara de Terminales Portuarias y anunció un paro por tiempo indeterminado en los muelles de Ingeniero White y Puerto Galván.")
def BG2(n):
    return ("Según la Bolsa de Cereales de Bahía Blanca, por cada día de paro dejan de embarcarse unas %s toneladas de granos y subproductos, "
            "la mayor parte con destino a China, Vietnam y el norte de África." % n)
FACT = "El conflicto, en números"

ARTS = [
dict(sec="economia", crumb="Economía", slug="paro-puerto-bahia-blanca-27-buques-demorados",
 h="Paro en el puerto de Bahía Blanca: ya son 27 los buques que esperan en la rada",
 s="Los estibadores cumplen diez días de medida de fuerza y las terminales advierten que la demora empieza a trasladarse a los contratos de exportación.",
 by="Por Martín Oyhenart · 19 de noviembre de 2026",
 cap="Buques graneleros fondeados frente a Ingeniero White, este martes.", foto="Foto: Pablo Presti",
 rel="Cómo funciona el sistema de turnos para camiones en los puertos del sur bonaerense",
 body=[
 "La fila de barcos frente a la costa bahiense creció otra vez durante el fin de semana. Según datos de la Prefectura Naval, 27 buques graneleros permanecían fondeados este martes a la espera de un muelle operativo, la cifra más alta desde que empezó la medida.",
 "En los accesos a las terminales la postal se repite: camiones estacionados sobre la banquina de la ruta 252 y choferes que duermen en la cabina desde hace varios días. \"Nos dijeron que esperemos, pero nadie nos dice hasta cuándo\", contó Héctor Giménez, transportista de Tres Arroyos.",
 BG1,
 "Los estibadores reclaman una recomposición del 38% para compensar la inflación acumulada desde la última paritaria, además de la incorporación de 140 trabajadores eventuales a la planta permanente.",
 "Desde la Cámara respondieron que la oferta, de un 19% en tres tramos, \"es la máxima posible en el contexto actual de precios internacionales\".",
 FACT,
 "27 buques fondeados en la rada.",
 "Más de 1.100 camiones demorados en los accesos.",
 "10 días de paro.",
 BG2("180.000"),
 "El intendente bahiense pidió la intervención del Ministerio de Trabajo de la Nación y anticipó que convocará a una mesa local con las partes el jueves.",
 ]),
dict(sec="economia", crumb="Economía", slug="inflacion-noviembre-2-1-por-ciento",
 h="La inflación de noviembre fue de 2,1% y acumula 27,4% en lo que va del año",
 s="Alimentos y bebidas subieron por debajo del promedio; los servicios regulados volvieron a empujar el índice.",
 by="Por Carla Ventura · 13 de noviembre de 2026",
 cap=None, foto=None,
 rel="Salarios: los acuerdos paritarios que se firman antes de fin de año",
 body=[
 "El Índice de Precios al Consumidor (IPC) aumentó 2,1% en noviembre, informó este jueves el INDEC. Con ese dato, la inflación acumulada en los primeros once meses del año alcanza el 27,4% y la interanual se ubica en 30,2%.",
 "El rubro que más subió fue Vivienda, agua, electricidad, gas y otros combustibles, con un 4,3%, impulsado por la actualización de tarifas que entró en vigencia a comienzos de mes.",
 "En el otro extremo, Prendas de vestir y calzado registró una suba de apenas 0,6%, en línea con la caída de las ventas que vienen reportando las cámaras del sector textil.",
 "Qué dicen las consultoras",
 "Para los economistas privados, el dato confirma una meseta. \"Bajar del 2% mensual va a requerir algo más que el ancla cambiaria\", señaló Lucía Bertolotti, de la consultora Ecolatina Sur.",
 "El Gobierno, en cambio, celebró la cifra. El ministro de Economía escribió en sus redes que \"la tendencia es inequívoca\" y anticipó que diciembre mostrará \"una nueva desaceleración\", pese a la estacionalidad propia de las fiestas.",
 "Los alimentos, por su parte, aumentaron 1,7% a nivel nacional, con fuertes diferencias regionales: en la Patagonia la suba fue de 2,4%, mientras que en el Noreste se limitó a 1,2%.",
 ]),
dict(sec="economia", crumb="Economía", slug="exportadores-granos-perdidas-conflicto-portuario",
 h="Exportadores advierten pérdidas por US$ 40 millones diarios por el conflicto portuario",
 s="La cámara que agrupa a las cerealeras pidió al Gobierno que declare el servicio portuario como actividad esencial.",
 by="Por Martín Oyhenart · 22 de noviembre de 2026",
 cap="Silos de la terminal de Puerto Galván.", foto="Foto: Archivo Diario del Plata",
 rel="Récord de cosecha de trigo: qué rindes se esperan en el sudoeste bonaerense",
 body=[
 "La Cámara de la Industria Aceitera y el Centro de Exportadores de Cereales calcularon que el paro de los estibadores en Bahía Blanca provoca pérdidas por unos US$ 40 millones diarios entre exportaciones demoradas, multas por sobreestadía y contratos reprogramados.",
 "En un comunicado difundido este sábado, las entidades pidieron que la actividad portuaria sea declarada \"servicio esencial\", lo que obligaría a garantizar una prestación mínima del 75% durante cualquier medida de fuerza.",
 "El pedido encendió la alarma en el sindicato. \"Quieren resolver con un decreto lo que no quieren resolver en la mesa\", dijo su secretario general, Rubén Aldao, en una asamblea frente al muelle 5.",
 BG1,
 "La demanda de las empresas se apoya en un dato: el complejo bahiense despacha cerca de un cuarto de los granos que exporta la Argentina entre diciembre y febrero, cuando entra la cosecha fina.",
 BG2("185.000"),
 "Consultado por este diario, un vocero del Ministerio de Trabajo se limitó a decir que \"se están analizando todas las herramientas legales disponibles\".",
 ]),
dict(sec="sociedad", crumb="Sociedad", slug="ultimo-afilador-de-mataderos",
 h="El último afilador de Mataderos",
 s="Desde hace 52 años, Ernesto Calvo recorre el barrio con su bicicleta y su silbato. Cada vez hay menos cuchillos, pero él sigue saliendo.",
 by="Por Julieta Sarmiento · 23 de noviembre de 2026",
 cap="Ernesto Calvo, con la bicicleta que él mismo adaptó en 1978.", foto="Foto: Sofía Lanza",
 rel="Los oficios que resisten en los barrios porteños",
 body=[
 "Se lo escucha antes de verlo. Un silbido largo, de cuatro notas que suben y bajan, avisa a la cuadra que llegó el afilador. Algunos vecinos ni se asoman; otros salen con una tijera envuelta en un repasador.",
 "Ernesto Calvo tiene 74 años y empezó a los 22, cuando un tío gallego le dejó la piedra, la bicicleta y la ruta. \"Me dijo: los martes Mataderos, los jueves Liniers. Y así hasta hoy\", cuenta mientras acomoda el pedal que hace girar la muela.",
 "Cobra $4.000 por cuchillo y $5.000 por tijera. \"Antes hacía treinta por día. Ahora, si hago diez, es un buen día\".",
 "Paciencia.",
 "Esa es la palabra que repite cuando se le pregunta por el secreto del oficio. Paciencia para no recalentar el acero, para respetar el ángulo original del filo, para esperar a que el cliente baje.",
 "Su hija le armó un perfil en redes sociales, pero él no lo mira. \"La gente que me conoce me encuentra igual. Me escucha\".",
 "Cuando termina, guarda todo en un cajón de madera atornillado a la parrilla trasera y se despide con la frase de siempre: \"Que corte bien\".",
 ]),
dict(sec="economia", crumb="Economía › Tu bolsillo", slug="monotributo-2027-categorias-cuanto-pagar",
 h="Monotributo 2027: cómo quedan las categorías y cuánto hay que pagar desde enero",
 s="ARCA actualizó las escalas según la inflación. Qué cambia para los que facturan poco y para los que están cerca del tope.",
 by="Por Redacción Diario del Plata · 25 de noviembre de 2026",
 cap=None, foto=None,
 rel="Ganancias: cuál es el nuevo mínimo no imponible para 2027",
 body=[
 "La Agencia de Recaudación y Control Aduanero (ARCA) publicó las nuevas escalas del Monotributo que regirán a partir del 1 de enero de 2027. La actualización, atada a la inflación del segundo semestre, es de 14,8%.",
 "Con los nuevos valores, el tope de facturación anual de la categoría más baja, la A, pasa a ser de $9,8 millones. En la categoría K, la más alta, el límite supera los $94 millones.",
 "Cuánto se paga por mes",
 "Categoría A: $41.200 en total, incluidos impuesto integrado, jubilación y obra social.",
 "Categoría D: $68.900.",
 "Categoría H: $214.300 para servicios y $171.800 para venta de bienes.",
 "Categoría K: $512.600 para venta de bienes.",
 "La recategorización semestral vence el 20 de enero. Quienes hayan superado los topes en los últimos doce meses deberán pasar a la categoría que corresponda.",
 "Los especialistas recomiendan revisar la facturación acumulada antes de fin de año. \"Muchos monotributistas quedan excluidos sin saberlo por no mirar los ingresos brutos\", advirtió el contador Gustavo Ferrán.",
 ]),
dict(sec="deportes", crumb="Deportes › Fútbol", slug="estudiantes-racing-penales-final-copa-argentina",
 h="Estudiantes le ganó a Racing por penales y jugará la final de la Copa Argentina",
 s="Empataron 1 a 1 en Mendoza y el arquero pincharrata atajó dos remates en la definición.",
 by="Por Tomás Irigoyen · 26 de noviembre de 2026",
 cap="El festejo de los jugadores de Estudiantes tras el último penal.", foto="Foto: Fotobaires",
 rel="Cuándo y dónde se juega la final de la Copa Argentina",
 body=[
 "Estudiantes de La Plata es finalista de la Copa Argentina. En una semifinal tensa, jugada en el estadio Malvinas Argentinas de Mendoza, empató 1 a 1 con Racing en los 90 minutos y se impuso 4 a 2 en la tanda de penales.",
 "Racing se puso en ventaja a los 18 minutos del primer tiempo con un cabezazo de su central tras un córner. Estudiantes reaccionó recién en el complemento y encontró el empate a los 71, con un zurdazo desde afuera del área.",
 "La figura fue el arquero, que contuvo los remates del segundo y del cuarto pateador de la Academia.",
 "\"Veníamos trabajando los penales toda la semana. Hoy salió\", dijo el técnico en conferencia de prensa.",
 "La final se jugará el 9 de diciembre, también en Mendoza, ante el ganador del cruce entre Talleres y San Lorenzo.",
 "El campeón clasificará a la próxima Copa Libertadores y disputará la Supercopa Argentina.",
 ]),
dict(sec="economia", crumb="Economía", slug="conciliacion-obligatoria-conflicto-puerto",
 h="El Ministerio de Trabajo dictó la conciliación obligatoria en el conflicto del puerto",
 s="Los estibadores deberán volver a los muelles desde el lunes. El gremio acató, pero advirtió que \"la paciencia tiene límite\".",
 by="Por Martín Oyhenart · 28 de noviembre de 2026",
 cap="Asamblea de estibadores en el acceso al muelle 5.", foto="Foto: Pablo Presti",
 rel="Qué es la conciliación obligatoria y cuánto puede durar",
 body=[
 "La Secretaría de Trabajo de la Nación dictó este viernes la conciliación obligatoria en el conflicto entre el Sindicato Unido de Estibadores y las terminales de Bahía Blanca, con lo que la medida de fuerza deberá levantarse a partir de las 6 del lunes.",
 "La conciliación se extenderá por quince días hábiles, prorrogables por otros cinco. Durante ese plazo, las partes deberán retrotraer la situación al momento previo al conflicto.",
 "El sindicato confirmó que acatará la resolución. \"Somos respetuosos de la ley. Pero que nadie crea que esto se terminó\", dijo Rubén Aldao al salir de la audiencia.",
 FACT,
 "38 buques fondeados al momento de la resolución.",
 "19 días de paro.",
 BG1,
 BG2("190.000"),
 "Las terminales estiman que necesitarán al menos dos semanas para normalizar la operatoria y despachar los buques demorados.",
 ]),
dict(sec="opinion", crumb="Opinión", slug="la-ciudad-necesita-un-plan-para-sus-veredas",
 h="La Ciudad necesita un plan para sus veredas",
 s=None,
 by="Por Graciela Mondino · 20 de noviembre de 2026",
 cap=None, foto=None,
 rel="Baldosas flojas: cuántos reclamos recibe por mes la Ciudad",
 body=[
 "Caminar por Buenos Aires es un ejercicio de atención permanente. Hay que mirar hacia abajo, siempre, porque la vereda puede esconder una baldosa floja, una raíz que levantó medio metro de cemento o un pozo que nadie tapó después de una obra.",
 "No es una queja estética. Las veredas rotas son la primera causa de caídas entre los mayores de 65 años, según datos de los propios hospitales porteños.",
 "El problema tiene un origen conocido: la responsabilidad por el estado de la acera recae en el frentista, pero el control es casi inexistente y las multas, cuando llegan, no cambian nada.",
 "Otras ciudades encontraron soluciones. Montevideo y Rosario centralizaron el mantenimiento y lo financian con una tasa específica. Barcelona planifica las veredas como parte de la red de transporte.",
 "Acá, mientras tanto, seguimos caminando mirando el suelo.",
 "La autora es arquitecta y urbanista, docente de la FADU-UBA.",
 ]),
dict(sec="sociedad", crumb="Sociedad", slug="colecta-caritas-supero-la-meta",
 h="La colecta anual de Cáritas superó la meta por primera vez en cinco años",
 s="Se recaudaron $4.800 millones, un 12% más que el objetivo. Los obispos agradecieron \"el esfuerzo de las familias en un año difícil\".",
 by="Por Julieta Sarmiento · 24 de noviembre de 2026",
 cap="Voluntarios de Cáritas en una parroquia de Lomas de Zamora.", foto="Foto: Cáritas Argentina",
 rel="Comedores comunitarios: la demanda creció un 20% en el último año",
 body=[
 "La colecta anual de Cáritas Argentina cerró con una recaudación de $4.800 millones, informó este lunes la organización. La cifra superó en un 12% la meta fijada en junio y es la primera vez desde 2021 que se alcanza el objetivo.",
 "El dinero se destinará a los más de 3.500 comedores y merenderos que la entidad sostiene en todo el país, y a programas de empleo para jóvenes.",
 "\"Cada aporte cuenta\"",
 "Ese fue el lema de la campaña de este año, que por primera vez permitió donar con un código QR desde cualquier billetera virtual. Según Cáritas, el 41% de las donaciones llegó por esa vía.",
 "\"Fue un año muy duro para muchas familias, y aun así eligieron colaborar. Eso nos conmueve\", dijo el presidente de la institución.",
 "Las donaciones pueden seguir haciéndose durante todo el año a través de la página web de la organización o en cualquier parroquia.",
 ]),
dict(sec="sociedad", crumb="Sociedad › Medios", slug="medios-locales-membresias-suscripciones-cooperativas",
 h="Cómo sobreviven los medios locales: membresías, suscripciones y cooperativas",
 s="Con la publicidad en retroceso, diarios y radios del interior buscan que sus lectores los financien. Algunos lo logran; otros cierran.",
 by="Por Federico Laplace · 27 de noviembre de 2026",
 cap=None, foto=None,
 rel="Cerró la última imprenta de diarios de la Patagonia",
 body=[
 "Hace diez años, el 70% de los ingresos de un diario regional argentino venía de la publicidad. Hoy, según un relevamiento de la Asociación de Entidades Periodísticas, esa proporción cayó por debajo del 40%.",
 "Para cubrir el hueco, muchos medios ensayaron modelos que hasta hace poco parecían exóticos en el país: muros de pago, membresías voluntarias, campañas de financiamiento colectivo.",
 "\"Al principio nos daba vergüenza pedir\", admite Valeria Sosa, directora de un portal de noticias de Río Cuarto que lanzó su programa de socios en 2023. \"Hoy tenemos 2.300 socios que pagan entre $2.000 y $10.000 por mes. Sin ellos no existiríamos\".",
 "La diferencia entre membresía y suscripción no es menor. En la suscripción, el lector paga para acceder al contenido. En la membresía, el contenido sigue abierto y el aporte es, en teoría, voluntario.",
 "Cooperativas",
 "Otro camino es el de las cooperativas de trabajo, que ya gestionan más de 60 medios en el país, muchos de ellos nacidos de empresas quebradas.",
 "Los especialistas coinciden en que no hay una fórmula única. \"Lo que funciona en una ciudad de 150.000 habitantes no sirve en el conurbano\", resume el investigador Diego Ruffo, de la Universidad Nacional de Quilmes.",
 ]),
dict(sec="espectaculos", crumb="Espectáculos › Música", slug="los-cosmonautas-tres-funciones-teatro-opera",
 h="Los Cosmonautas anunciaron tres funciones en el Teatro Ópera para despedir el año",
 s="La banda platense presentará su quinto disco, grabado en vivo en una estancia de Chascomús.",
 by="Por Paula Etchart · 18 de noviembre de 2026",
 cap="Los Cosmonautas, durante la grabación de \"Llanura\".", foto="Foto: Gentileza prensa",
 rel="Agenda de fin de semana: recitales, teatro y ferias en Buenos Aires",
 body=[
 "Los Cosmonautas vuelven a Buenos Aires. La banda platense confirmó tres funciones en el Teatro Ópera los días 18, 19 y 20 de diciembre, en las que presentará \"Llanura\", su quinto álbum de estudio.",
 "El disco fue grabado en vivo durante cuatro días de agosto en una estancia de las afueras de Chascomús, sin público y con los músicos tocando en ronda.",
 "\"Queríamos que se escuchara el campo. Los perros, el viento, una tranquera que se golpea\", explicó su cantante, Lautaro Giusti.",
 "Llanura",
 "El adelanto, que da nombre al disco, superó el millón de reproducciones en su primera semana.",
 "Las entradas se venden desde este jueves a las 12 y cuestan entre $35.000 y $78.000.",
 ]),
dict(sec="economia", crumb="Economía", slug="se-levanto-el-paro-puerto-acuerdo",
 h="Se firmó el acuerdo en el puerto de Bahía Blanca: qué dice y qué queda pendiente",
 s="Estibadores y terminales acordaron un aumento del 29% en cuatro tramos. El pase a planta de los eventuales se discutirá en una comisión.",
 by="Por Martín Oyhenart · 1 de diciembre de 2026",
 cap="La firma del acta en la sede de la Secretaría de Trabajo.", foto="Foto: Secretaría de Trabajo",
 rel="Bahía Blanca: el puerto apunta a un récord de exportaciones en enero",
 body=[
 "Después de tres semanas de paro y una conciliación obligatoria, el Sindicato Unido de Estibadores y la Cámara de Terminales Portuarias firmaron este lunes un acuerdo salarial que pone fin al conflicto en Bahía Blanca.",
 "El entendimiento establece un aumento del 29%, que se pagará en cuatro tramos entre diciembre y abril, y un bono extraordinario de $850.000 por única vez.",
 "Qué queda pendiente",
 "El reclamo por el pase a planta permanente de los 140 trabajadores eventuales no se resolvió. Las partes acordaron crear una comisión técnica que deberá presentar una propuesta antes del 31 de marzo.",
 "\"No es todo lo que pedíamos, pero es un piso digno\", dijo Rubén Aldao ante la asamblea, que aprobó el acta por amplia mayoría.",
 BG1,
 BG2("190.000"),
 "Las terminales ya comenzaron a asignar muelles a los buques que esperaban en la rada. Según la Prefectura, el último de ellos debería zarpar antes del 15 de diciembre.",
 ]),
dict(sec="sociedad", crumb="Sociedad › Ciencia", slug="conicet-nuevo-dinosaurio-neuquen",
 h="Investigadores del CONICET describieron un nuevo dinosaurio hallado en Neuquén",
 s="Se trata de un herbívoro de cuello largo que vivió hace unos 90 millones de años. Lo bautizaron Cutralcosaurus, por la ciudad donde apareció.",
 by="Por Natalia Ferreyra · 21 de noviembre de 2026",
 cap="Reconstrucción artística del Cutralcosaurus.", foto="Ilustración: Jorge González / CONICET",
 rel="Museo de Plaza Huincul: cómo visitar los fósiles más grandes del mundo",
 body=[
 "Un equipo de paleontólogos del CONICET y del Museo Carmen Funes presentó en la revista Cretaceous Research la descripción de una nueva especie de saurópodo hallada en las cercanías de Cutral Có, en Neuquén.",
 "El animal, al que llamaron Cutralcosaurus neuquenensis, medía unos 18 metros de largo y habría vivido hace aproximadamente 90 millones de años, durante el Cretácico Superior.",
 "Los restos, entre ellos cinco vértebras del cuello y parte de la cadera, fueron encontrados en 2019 por un trabajador rural que recorría un campo después de una tormenta.",
 "\"Nos llamó por teléfono y nos dijo: 'acá hay huesos grandes'. Tenía razón\", recordó la paleontóloga Marina Lazzari, que dirigió la excavación.",
 "El hallazgo aporta información sobre la diversidad de los saurópodos en la Patagonia en un período del que hay pocos registros fósiles.",
 "Los huesos se exhiben desde esta semana en el Museo Carmen Funes de Plaza Huincul.",
 ]),
dict(sec="sociedad", crumb="Sociedad", slug="alerta-amarilla-tormentas-amba",
 h="Alerta amarilla por tormentas fuertes para la Ciudad y el conurbano",
 s="El Servicio Meteorológico Nacional prevé lluvias intensas, ráfagas de hasta 80 km/h y caída de granizo desde la tarde del miércoles.",
 by="Por Redacción Diario del Plata · 2 de diciembre de 2026 · Actualizado 10.45",
 cap=None, foto=None,
 rel="Cómo saber si tu calle está anegada: el mapa en tiempo real",
 body=[
 "El Servicio Meteorológico Nacional (SMN) emitió una alerta amarilla por tormentas fuertes para la Ciudad de Buenos Aires y buena parte del conurbano bonaerense, vigente desde las 15 del miércoles.",
 "Según el organismo, se esperan lluvias de variada intensidad con acumulados de entre 30 y 60 milímetros, actividad eléctrica frecuente y ráfagas que podrían alcanzar los 80 kilómetros por hora.",
 "Zonas afectadas",
 "Ciudad de Buenos Aires.",
 "Conurbano norte, oeste y sur.",
 "La Plata, Berisso y Ensenada.",
 "Recomendaciones",
 "Evitar salir si no es necesario, no sacar la basura, retirar objetos de balcones y no refugiarse bajo árboles.",
 "Ante emergencias, comunicarse con el 103 de Defensa Civil o el 911.",
 ]),
dict(sec="sociedad", crumb="Sociedad › Turismo", slug="vacaciones-cuanto-cuesta-semana-costa-atlantica",
 h="Vacaciones de verano: cuánto cuesta una semana en la Costa Atlántica",
 s="Alquilar un departamento para cuatro en Mar del Plata parte de $900.000. En Villa Gesell y Pinamar los precios son más altos.",
 by="Por Carla Ventura · 29 de noviembre de 2026",
 cap="La playa Bristol, en Mar del Plata, el último verano.", foto="Foto: Archivo",
 rel="Tren a Mar del Plata: cuándo salen a la venta los pasajes de enero",
 body=[
 "Con la temporada a la vuelta de la esquina, los operadores turísticos de la Costa Atlántica publicaron sus tarifas y las reservas empiezan a moverse, aunque más lento que el año pasado.",
 "En Mar del Plata, un departamento de dos ambientes para cuatro personas cuesta entre $900.000 y $1.400.000 la semana en la primera quincena de enero, según la Cámara Inmobiliaria local.",
 "En Villa Gesell los valores arrancan en $1.100.000, y en Pinamar, en $1.500.000.",
 "A eso hay que sumarle comida, combustible y, en muchos casos, el alquiler de carpa: un día de balneario con sombrilla y dos reposeras ronda los $45.000.",
 "\"La gente está reservando más tarde y por menos días\", dijo Sergio Polo, de una inmobiliaria de Villa Gesell. \"Antes se alquilaba la quincena completa. Ahora piden cuatro o cinco noches\".",
 "Los feriados de Carnaval, en febrero, aparecen como la opción para quienes no pueden salir en enero.",
 ]),
dict(sec="politica", crumb="Política", slug="senado-aprobo-ley-financiamiento-universitario",
 h="El Senado aprobó la ley de financiamiento universitario tras una sesión de 14 horas",
 s="La norma obtuvo 41 votos afirmativos y 28 negativos. El oficialismo anticipó que analizará un veto parcial.",
 by="Por Lucas Bernárdez · 30 de noviembre de 2026",
 cap="El recinto del Senado durante la votación, pasada la medianoche.", foto="Foto: Comunicación Senado",
 rel="Quiénes votaron a favor y en contra, senador por senador",
 body=[
 "Pasadas las 2 de la madrugada del domingo, el Senado de la Nación convirtió en ley el proyecto de financiamiento universitario, que actualiza los gastos de funcionamiento de las casas de estudio y los salarios docentes según la inflación.",
 "La votación terminó con 41 votos a favor, 28 en contra y dos abstenciones. La iniciativa había obtenido media sanción en Diputados en septiembre.",
 "Durante el debate, la oposición sostuvo que las universidades \"no pueden seguir funcionando con presupuestos de hace dos años\". Desde el oficialismo respondieron que la ley \"no establece la fuente de financiamiento\" y que pone en riesgo el equilibrio fiscal.",
 "Afuera del Congreso, cientos de estudiantes y docentes siguieron la sesión en pantallas gigantes y festejaron el resultado con bengalas.",
 "El jefe de Gabinete anticipó que el Ejecutivo \"evaluará el texto con responsabilidad\", una frase que en el Congreso interpretaron como el anuncio de un veto parcial.",
 "El Presidente tiene diez días hábiles para promulgar o vetar la ley.",
 ]),
dict(sec="sociedad", crumb="Sociedad › Salud", slug="dengue-prevencion-antes-del-verano",
 h="Dengue: piden reforzar la prevención antes de que lleguen las altas temperaturas",
 s="El Ministerio de Salud lanzó una campaña de descacharrado y amplió la vacunación a personas de entre 15 y 59 años en 12 provincias.",
 by="Por Natalia Ferreyra · 17 de noviembre de 2026",
 cap=None, foto=None,
 rel="Vacuna contra el dengue: dónde y cómo aplicársela",
 body=[
 "Con el aumento de las temperaturas, el Ministerio de Salud de la Nación recordó la importancia de eliminar los recipientes que acumulan agua, donde se cría el mosquito Aedes aegypti, transmisor del dengue.",
 "La cartera lanzó este lunes una campaña nacional de descacharrado y amplió la vacunación gratuita a personas de entre 15 y 59 años en los departamentos con mayor circulación del virus durante la última temporada.",
 "Qué hacer en casa",
 "Vaciar baldes, macetas y bebederos de mascotas.",
 "Tapar tanques y colocar arena en los portamacetas.",
 "Usar repelente y ropa clara de manga larga.",
 "Los especialistas advierten que, ante fiebre alta, dolor detrás de los ojos o dolores musculares, hay que consultar al médico y no automedicarse.",
 ]),
dict(sec="politica", crumb="Política", slug="datos-personales-proyecto-reemplazar-ley-25326",
 h="Datos personales: vuelve al Congreso el proyecto para reemplazar la ley 25.326",
 s="La iniciativa obliga a los sitios web a pedir consentimiento expreso para las cookies y eleva las multas hasta el 2% de la facturación.",
 by="Por Federico Laplace · 16 de noviembre de 2026",
 cap=None, foto=None,
 rel="Qué datos tuyos tienen las aplicaciones que usás todos los días",
 body=[
 "La Comisión de Asuntos Constitucionales de Diputados retomó el debate del proyecto de ley de protección de datos personales, que busca reemplazar la norma vigente, sancionada en el año 2000, cuando buena parte de internet todavía no existía.",
 "Uno de los puntos más discutidos es el de las cookies, los pequeños archivos que los sitios web instalan en el navegador para seguir la actividad de los usuarios.",
 "Según el texto, los sitios deberán pedir un consentimiento \"libre, expreso e informado\" antes de instalar cookies que no sean técnicamente necesarias, y ofrecer la opción de rechazarlas con la misma facilidad que la de aceptarlas.",
 "\"Hoy aceptás todo con un clic y para rechazar tenés que entrar a tres menús. Eso se termina\", explicó la diputada que preside la comisión.",
 "Las cámaras de comercio electrónico advirtieron que la norma implicará costos de adaptación para las pymes y pidieron un plazo de transición de dos años.",
 "El proyecto también crea una agencia autónoma de control y eleva las multas hasta el 2% de la facturación anual de las empresas infractoras.",
 ]),
]

def build():
    rnd = random.Random(6101)
    camp_pages = {2, 6, 9, 13, 17}
    for i, a in enumerate(ARTS, 1):
        top = []
        if rnd.random() < 0.78:
            top.append(B("navigation", "Saltar al contenido principal"))
        top.append(B("navigation", "Inicio › " + a["crumb"]))
        lines = top + [a["h"]]
        if a.get("s"):
            lines.append(a["s"])
        lines.append(a["by"])
        if rnd.random() < 0.62:
            lines.append(B("audio", "Escuchar esta nota · %d min" % rnd.randint(2, 7)))
        if a.get("cap"):
            lines.append(a["cap"])
            lines.append(B("legal", a["foto"]))
        body = list(a["body"])
        n = len(body)
        # mid inserts
        mids = []
        if i not in (5, 15):
            mids.append((max(2, n // 3), [B("related", "Leé también: " + a["rel"])]))
        if rnd.random() < 0.72:
            if i % 3 == 0:
                nl = [B("newsletter", "Suscribite a El Matutino y recibí lo más importante del día antes de las 7."),
                      B("ui", "Suscribirme")]
            else:
                nl = [B("newsletter", "El Matutino: las noticias que importan, en tu correo antes de las 7."),
                      B("ui", "Suscribirme")]
            mids.append((max(3, (2 * n) // 3) if rnd.random() < 0.7 else max(1, n // 3 - 1), nl))
        if rnd.random() < 0.6:
            mids.append((rnd.randint(2, n - 1), [B("ad", "Publicidad")]))
        for pos, blk in sorted(mids, key=lambda x: -x[0]):
            body[pos:pos] = blk
        lines += body
        # bottom
        bottom = []
        share = [B("share", "Compartí esta nota")] if rnd.random() < 0.8 else []
        social = [B("social", "Seguinos en Instagram, X y YouTube")] if rnd.random() < 0.6 else []
        appeal = []
        if i not in (4, 11, 16):
            head = ("Hacete socio de Diario del Plata" if i % 2 else
                    "Sumate a la comunidad de socios de Diario del Plata")
            socios = 48100 + i * 37 + rnd.randint(0, 30)
            appeal = [B("appeal", head),
                      B("appeal", "El periodismo independiente se sostiene con sus lectores. Ya somos %s socios y socias: "
                                  "con tu aporte mensual hacés posible notas como esta." % format(socios, ",").replace(",", "."))]
            if i in camp_pages:
                appeal.append(B("appeal", "Campaña 20 años: en diciembre, los primeros tres meses de membresía son a mitad de precio."))
            appeal += [B("ui", "Quiero ser socio"), B("ui", "Ahora no")]
        comments = []
        if rnd.random() < 0.7:
            comments = [B("comments", "%d comentarios" % rnd.randint(3, 240))]
        blocks = [share, appeal, comments, social]
        if rnd.random() < 0.3:
            blocks = [appeal, share, social, comments]
        for b in blocks:
            bottom += b
        bottom.append(B("legal", "© 2026 Diario del Plata S.A. Todos los derechos reservados."))
        if rnd.random() < 0.6:
            bottom.append(B("legal", "Registro DNDA N° RL-2024-11873449. Prohibida su reproducción total o parcial."))
        lines += bottom
        url = "https://%s/%s/%s" % (HOST, a["sec"], a["slug"])
        write_page(SITE, i, LANG, url, lines)

if __name__ == "__main__":
    assert len(ARTS) == 18
    build()
