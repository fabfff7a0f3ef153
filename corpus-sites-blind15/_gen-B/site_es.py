"""Contrapicado (contrapicado.es) - made-up Spanish digital magazine, cooperative-owned,
membership funded. Running series: «Tierra seca» (drought in Catalonia), 5 parts."""
import random
from common import Article as A, m, thousands, expand, weave, rotate_related

CODE, LANG, HOST = "es", "es", "www.contrapicado.es"

SECL = {"sociedad": "Sociedad", "cultura": "Cultura", "clima": "Clima",
        "politica": "Política", "economia": "Economía", "ciencia": "Ciencia"}

S1 = ("Cataluña encadena desde 2021 el periodo seco más largo desde que hay registros. "
      "En febrero de 2024 el Govern declaró la emergencia por sequía en Barcelona, su área "
      "metropolitana y más de 200 municipios, con los embalses de las cuencas internas por "
      "debajo del 16 % de su capacidad.")
S1b = S1.replace("desde 2021", "desde el otoño de 2021")
S2 = ("La emergencia limita el riego agrícola al 20 % del consumo habitual, prohíbe regar "
      "jardines y llenar piscinas y fija un máximo de 200 litros por habitante y día para "
      "los usos domésticos y municipales.")
S3 = ("«Tierra seca» es una serie de Contrapicado sobre cómo se vive la sequía en el campo "
      "y en los pueblos. Todas las entregas, en contrapicado.es/tierra-seca.")


def series_block(art):
    if art.slug.startswith("ganaderos-osona"):
        return [S1b, S2, S3]
    return [S1, S2, S3]


ARTS = [
 A("clima", "tierra-seca-priorat-vina-camiones-cisterna",
   "En el Priorat ya se riega la viña con camiones cisterna", [
   "Texto: Laia Ferrer Soler · Fotografía: Pau Vidal",
   "Tierra seca (1). A las seis de la mañana, antes de que el sol apriete sobre las laderas de pizarra de Porrera, el camión de Jordi Masdéu ya ha hecho el primer viaje. Lleva 12.000 litros de agua comprada en un pozo de Falset y los reparte, cepa a cepa, entre las viñas más jóvenes.",
   "«Las viejas aguantan, tienen raíces de diez metros. Las que plantamos hace cuatro años se nos mueren si no las ayudamos», explica mientras enrolla la manguera.",
   "El agua de cisterna cuesta entre 6 y 9 euros el metro cúbico, según la distancia. Para una explotación pequeña como la suya, de seis hectáreas, eso supone más de 4.000 euros en un verano.",
   "@S",
   "Riego de supervivencia",
   "La Denominación de Origen Calificada Priorat autorizó en 2023 el llamado riego de supervivencia, hasta entonces prohibido salvo en casos excepcionales. La última vendimia fue un 40 % más corta que la media de la década.",
   "Algunos viticultores dejan parcelas sin vendimiar para que las plantas no gasten energía en el racimo. Otros prueban cubiertas vegetales entre hileras para retener la poca humedad que queda.",
   "Masdéu no cree que la solución pase por regar más. «Si el clima va a ser este, tendremos que cambiar de variedades, o de oficio», dice. Se ríe, pero no del todo.",
   "Jordi Masdéu llena el depósito de su camión en un pozo privado de Falset. / Pau Vidal",
   ], ["sequía", "Priorat", "viticultura", "Tierra seca"], series=True),

 A("cultura", "libreria-pasaje-valladolid-cooperativa",
   "La librería más antigua de Valladolid cambia de manos sin cambiar de nombre", [
   "Por Álvaro Recio | Valladolid",
   "Después de 41 años detrás del mostrador, Concha Arranz ha vendido la librería Pasaje a tres de sus antiguas empleadas. El cartel de la calle Santiago, con sus letras doradas algo desconchadas, se queda donde está.",
   "«Me ofrecieron más dinero por el local para poner una franquicia de gofres. Lo pensé una noche entera y dije que no», cuenta Arranz, que a sus 72 años seguirá pasando por la tienda «a molestar los martes».",
   "Las nuevas propietarias, Irene, Sara y Begoña, han constituido una cooperativa y han pedido un préstamo a una entidad de banca ética para pagar el traspaso. Calculan que tardarán once años en devolverlo.",
   "Qué cambia y qué no",
   "La sección de poesía, que ocupa toda la pared del fondo, no se toca. Sí llegarán un club de lectura juvenil, presentaciones los jueves y un pequeño rincón de cómic, que hasta ahora se vendía «casi a escondidas».",
   "En Castilla y León han cerrado más de 60 librerías independientes en la última década, según el gremio regional. Pasaje, fundada en 1921, ha sobrevivido a una guerra, a dos inundaciones del sótano y a la llegada de los grandes almacenes.",
   "«Sobrevivir a internet va a ser lo difícil», admite Begoña. «Pero la gente que entra aquí no viene solo a comprar un libro. Viene a que le recomienden uno».",
   ], ["librerías", "Valladolid", "cooperativas"]),

 A("sociedad", "turno-noche-almacen-logistico-illescas",
   "Turno de noche en un almacén de Illescas: escáneres, pulseras y silencio", [
   "Por Nuria Castaño",
   "Illescas (Toledo) tiene 31.000 habitantes y casi dos millones de metros cuadrados de naves logísticas. De noche, cuando la autovía de Toledo se vacía, los aparcamientos de esas naves siguen llenos.",
   "Rubén, de 29 años, entra a las diez y sale a las seis. Lleva en la muñeca un escáner que pita cada vez que coge un paquete y que, según él, también cuenta los minutos que pasa sin cogerlo.",
   "«No te dicen nada si vas lento. Te llega un mensaje a la pantalla al día siguiente con tu porcentaje. Y cuando baja mucho, te llaman a una salita».",
   "La mayoría de los trabajadores del turno nocturno llegan a través de empresas de trabajo temporal. Los sindicatos calculan que en algunas naves la temporalidad supera el 60 % en la campaña de Navidad.",
   "El silencio como norma",
   "Lo que más sorprende a quien entra por primera vez es el silencio. Las líneas están separadas, los auriculares están prohibidos y las pausas se escalonan para que no coincidan más de diez personas en la sala de descanso.",
   "«Puedes pasar una semana sin hablar con nadie más que con el de seguridad», dice Aisha, que trabajó dos campañas antes de encontrar empleo en una residencia.",
   "La patronal del sector defiende que los sistemas de medición sirven para repartir mejor la carga y que la sanción por productividad «no existe como tal». La Inspección de Trabajo de Toledo abrió en 2024 cuatro expedientes en la zona por exceso de jornada.",
   ], ["logística", "precariedad", "Toledo", "trabajo nocturno"]),

 A("clima", "tierra-seca-alt-emporda-pueblos-cuentan-duchas",
   "Los pueblos del Alt Empordà que cuentan las duchas", [
   "Texto: Laia Ferrer Soler",
   "Tierra seca (2). En Vilajuïga, 1.200 vecinos, el ayuntamiento reparte cada lunes una hoja con el consumo de agua de la semana anterior. Quien se pasa del límite recibe una visita, no una multa. Por ahora.",
   "«Aquí nos conocemos todos. Si sale en la hoja que la casa de la curva gasta el triple, al día siguiente lo sabe el pueblo entero», resume la alcaldesa, Montserrat Puig.",
   "El municipio depende de dos pozos que en el verano de 2023 bajaron tanto que el agua empezó a salir turbia. Desde entonces, un camión cisterna lo abastece dos veces por semana.",
   "Los vecinos han aprendido trucos que hace tres años les habrían parecido exagerados: un cubo en la ducha mientras sale el agua caliente, la lavadora solo llena, las plantas regadas con el agua de fregar.",
   "En la escuela, los niños llevan un registro de cuántos litros se gastan en el comedor. La directora cuenta que el consumo bajó un 30 % en dos meses sin cambiar ningún grifo.",
   "@S",
   "Puig teme el verano. Con los turistas, la población se multiplica por tres. «Las casas de alquiler tienen piscina. Ahora están vacías, pero el que paga 2.000 euros a la semana quiere bañarse».",
   ], ["sequía", "Empordà", "municipios", "Tierra seca"], series=True),

 A("economia", "alquiler-temporada-pisos-valencia-ruzafa",
   "El alquiler de temporada se come los pisos que antes eran para todo el año", [
   "Por Daniel Oria",
   "En el barrio de Ruzafa, en València, uno de cada tres anuncios de alquiler ya no es para vivir de forma permanente. Son contratos de temporada, de uno a once meses, para «estudiantes, profesionales desplazados o estancias por motivos de salud».",
   "La fórmula no está sujeta a la Ley de Vivienda de 2023, que limita las subidas y alarga los contratos. Por eso, dicen las asociaciones de inquilinos, muchos propietarios la usan para esquivarla.",
   "Marina, enfermera interina, firmó en septiembre un contrato de diez meses por 1.150 euros. «Me dijeron que en junio tengo que irme. Para volver a entrar en julio me piden una nueva fianza y otro mes de agencia».",
   "Lo que dicen los datos",
   "Según un análisis de anuncios de los principales portales inmobiliarios, la oferta de alquiler de temporada en las capitales españolas ha crecido más de un 50 % en dos años, mientras la de alquiler habitual ha caído.",
   "El Gobierno anunció en primavera que regulará esta modalidad para exigir que el contrato justifique el motivo temporal. Los propietarios advierten de que un exceso de controles retirará pisos del mercado.",
   "Mientras tanto, Marina ya ha empezado a buscar. «Lo que me da miedo no es pagar mucho. Es no saber dónde voy a dormir en julio».",
   ], ["vivienda", "alquiler", "València"]),

 A("ciencia", "granada-polen-fosil-sierra-nevada-clima",
   "Un equipo de Granada reconstruye el clima de hace 12.000 años a partir de polen fósil", [
   "Por Elena Bustos",
   "En el fondo de una pequeña laguna de Sierra Nevada, a 2.500 metros de altitud, el barro guarda un archivo que nadie había leído entero: capas finísimas de sedimento con granos de polen de plantas que crecieron allí al final de la última glaciación.",
   "Un equipo de la Universidad de Granada ha extraído un testigo de siete metros de ese barro y ha contado, capa a capa, cuánto polen había de pino, de encina, de gramíneas o de artemisa.",
   "«Cada especie nos dice algo: la artemisa crece cuando hace frío y seco; la encina, cuando el clima se templa», explica el palinólogo Gonzalo Jiménez, uno de los autores.",
   "El resultado, publicado en una revista especializada en el Cuaternario, muestra que el paso al clima actual no fue gradual: hubo al menos dos vuelcos rápidos, de pocas décadas, en los que la vegetación cambió casi por completo.",
   "Por qué importa ahora",
   "Los autores creen que esos vuelcos ayudan a entender cómo responden los ecosistemas de montaña cuando el clima cambia deprisa, como ahora. «La montaña mediterránea es un sitio donde los cambios se notan antes», resume Jiménez.",
   "El siguiente paso será repetir el análisis en otras tres lagunas de la sierra para comprobar si el patrón se repite.",
   "Investigadores extraen un testigo de sedimento en una laguna de Sierra Nevada. / Universidad de Granada",
   ], ["paleoclima", "Sierra Nevada", "Universidad de Granada"]),

 A("politica", "pueblos-sin-secretario-interventor-soria",
   "Los pueblos pequeños se quedan sin secretario: la plaza que nadie quiere ocupar", [
   "Por Javier Lumbreras | Soria",
   "El Ayuntamiento de Arcos de Jalón lleva catorce meses sin secretario-interventor. Las facturas se acumulan en una bandeja y los expedientes de obra esperan a que llegue, dos tardes por semana, un funcionario compartido con otros cuatro municipios.",
   "El secretario-interventor da fe de los acuerdos, controla las cuentas y asesora legalmente al pleno. Sin él, en la práctica, un ayuntamiento no puede aprobar casi nada.",
   "Según el colegio profesional del cuerpo, en España hay unas 3.000 plazas vacantes o cubiertas de forma interina. La mayoría, en municipios de menos de 1.000 habitantes.",
   "«Aprobé la oposición con 27 años y me destinaron a tres pueblos de la sierra a la vez. Hacía 400 kilómetros a la semana en mi coche», recuerda una secretaria que pidió no dar su nombre y que hoy trabaja en una capital de provincia.",
   "El Ministerio ha prometido convocatorias más frecuentes y un complemento por destino en zonas despobladas. Los alcaldes lo han oído otras veces.",
   "«Nos piden que presentemos proyectos para los fondos europeos. ¿Con quién?», se pregunta el alcalde de Arcos.",
   ], ["despoblación", "ayuntamientos", "Soria", "función pública"]),

 A("cultura", "orquestas-verbena-galicia-cantan-en-gallego",
   "Las orquestas de verbena vuelven a cantar en gallego (y el público lo pide)", [
   "Por Uxía Carballo | Ourense",
   "Durante veinte años, el repertorio de las orquestas de verbena en Galicia fue un catálogo de éxitos en castellano e inglés. Este verano, en los palcos de las fiestas de pueblo, suenan cada vez más temas en gallego, propios o versionados.",
   "«Al principio metíamos una canción en gallego a las tres de la mañana, cuando ya quedaba poca gente. Ahora nos la piden a las doce», cuenta Iago, cantante de una orquesta de Ourense.",
   "El fenómeno tiene que ver con grupos como Tanxugueiras o Baiuca, que han llevado la música tradicional a la radio y a las listas, pero también con un público joven que ha vuelto a las fiestas después de la pandemia.",
   "Un negocio que mueve millones",
   "Galicia tiene más de 200 orquestas profesionales y miles de fiestas parroquiales al año. Algunas comisiones de fiestas, que son las que contratan, empiezan a incluir el repertorio en gallego entre sus condiciones.",
   "No todo el mundo lo celebra. Algunos músicos veteranos temen que sea una moda y que obligue a ensayar repertorio nuevo sin garantía de más contratos.",
   "Iago lo tiene claro: «Si a las cuatro de la mañana toda la plaza canta una muiñeira, no es una moda».",
   ], ["música", "Galicia", "gallego", "fiestas"]),

 A("clima", "tierra-seca-desalinizadora-tordera-salmuera",
   "La desalinizadora de la Tordera trabaja al límite y el mar lo nota", [
   "Texto: Pol Giralt",
   "Tierra seca (3). La desalinizadora de la Tordera, entre Blanes y Malgrat de Mar, funciona desde hace meses a su capacidad máxima. Cada día convierte en agua potable unos 55 millones de litros de agua de mar, que abastecen a parte del Maresme y la Selva.",
   "@S",
   "El proceso deja un residuo: una salmuera con el doble de sal que el mar, que se devuelve a la costa por un emisario submarino. Pescadores de Blanes aseguran que en los últimos meses han visto menos pulpo cerca de la salida.",
   "Los técnicos de la planta sostienen que la salmuera se diluye en pocos metros y que los controles no muestran daños. Biólogos marinos de la zona piden más seguimiento de las praderas de posidonia.",
   "La otra factura",
   "Desalar es caro en energía: la planta consume tanta electricidad como una ciudad de 40.000 habitantes. El Govern prevé ampliarla y construir otra en el sur del Maresme antes de 2029.",
   "«La desalación es un seguro, pero no puede ser la única respuesta», dice la ingeniera Mireia Costa. «Si la usamos para seguir gastando como antes, solo habremos movido el problema».",
   ], ["sequía", "desalación", "Maresme", "Tierra seca"], series=True),

 A("sociedad", "cuidadoras-internas-cuarto-sin-ventana",
   "Cuidadoras internas: «Me dieron un cuarto sin ventana y un domingo libre al mes»", [
   "Por Nuria Castaño",
   "Gladys llegó de Honduras en 2019 y empezó a trabajar como interna en un piso de Chamberí, en Madrid, cuidando a una señora de 94 años. Dormía en un cuarto que antes era la despensa. No tenía ventana.",
   "«La señora era un cielo. La familia, no tanto», resume. Cobraba 900 euros al mes por estar disponible día y noche, seis días y medio a la semana.",
   "En España hay unas 370.000 trabajadoras del hogar dadas de alta en la Seguridad Social, y las asociaciones calculan que otras 200.000 trabajan sin contrato. Las internas son el grupo más invisible.",
   "Desde 2022, las empleadas del hogar tienen derecho a paro y no pueden ser despedidas sin causa justificada. Pero el tiempo de presencia, las horas que pasan en la casa sin estar «trabajando», sigue siendo una zona gris.",
   "Lo que no se ve",
   "Las asociaciones de trabajadoras del hogar denuncian jornadas reales de más de 60 horas y piden que se prohíba el régimen de interna o que se limite de forma estricta.",
   "Gladys trabaja ahora por horas en tres casas y comparte piso en Usera. «Gano menos, pero cierro la puerta de mi cuarto y es mío».",
   ], ["empleo doméstico", "cuidados", "migración", "Madrid"]),

 A("economia", "cooperativa-bedmar-aceite-japon",
   "La cooperativa de Jaén que vende su aceite directamente a Japón", [
   "Por Daniel Oria | Jaén",
   "En la almazara de la cooperativa de Bedmar, 600 socios y 4.000 hectáreas de olivar, hay un calendario de una empresa de Osaka colgado junto a la báscula. Desde hace cinco años, parte de su aceite temprano viaja en contenedor a Japón sin pasar por los grandes envasadores.",
   "«Antes vendíamos todo a granel y el precio lo ponían otros. Ahora, al menos con una parte, decidimos nosotros», explica el gerente, Manuel Cobo.",
   "El cliente japonés exige una trazabilidad casi obsesiva: qué finca, qué día de cosecha, a qué temperatura se molió. La cooperativa tuvo que instalar sensores en las tolvas y formar a dos técnicos.",
   "Una excepción en el mar de olivos",
   "Jaén produce cerca de la mitad del aceite de oliva de España, pero la mayor parte sale a granel hacia envasadoras de otras provincias o de Italia. El valor añadido, dicen los productores, se queda fuera.",
   "La venta a Japón supone apenas el 8 % de la producción de la cooperativa, pero se paga casi al doble que el granel. Cobo quiere llegar al 20 % en tres campañas.",
   "Los socios mayores no lo tenían claro. «Decían que eso de embotellar era para señoritos», ríe Cobo. «Ahora preguntan cuándo viene el japonés».",
   ], ["aceite de oliva", "Jaén", "exportación", "cooperativas"]),

 A("ciencia", "medusas-mar-menor-llegan-antes",
   "Las medusas llegan antes al Mar Menor y los biólogos aún no saben por qué", [
   "Por Elena Bustos",
   "La primera gran concentración de medusa huevo frito (Cotylorhiza tuberculata) se vio este año en el Mar Menor a finales de mayo, casi un mes antes de lo habitual, según la red de seguimiento de la laguna.",
   "Los biólogos manejan varias hipótesis: un invierno más cálido, la entrada de nutrientes con las lluvias de primavera o cambios en la salinidad tras los episodios de anoxia de 2019 y 2021.",
   "«Sabemos que la temperatura del agua es clave en la fase de pólipo, pero no tenemos datos suficientes del fondo para confirmarlo», explica la investigadora Carmen Ros.",
   "Las medusas del Mar Menor apenas pican y, paradójicamente, algunos científicos las consideran más un síntoma de un ecosistema que intenta filtrar el exceso de nutrientes que un problema en sí.",
   "Los hosteleros de La Manga, en cambio, temen otra temporada de bañistas espantados. El Gobierno regional ha vuelto a desplegar redes en algunas playas.",
   "El equipo de Ros instalará este verano sensores en el fondo de cinco puntos de la laguna para medir la temperatura y el oxígeno cada hora.",
   ], ["Mar Menor", "medusas", "biología marina"]),

 A("clima", "ganaderos-osona-venden-vacas-forraje",
   "Ganaderos de Osona venden vacas porque no pueden pagar el forraje", [
   "Texto: Pol Giralt · Fotografía: Pau Vidal",
   "Tierra seca (4). Marc Rovira tenía 140 vacas de leche en su granja de Santa Eugènia de Berga. Hoy le quedan 95. Las demás las ha vendido en los últimos ocho meses, porque no llovía en los prados y la paja que compraba en Lleida le costaba el doble.",
   "«Vendes las que dan menos leche, luego las viejas, luego ya no sabes cuáles», dice en la sala de ordeño.",
   "@S",
   "El precio del forraje se ha disparado en toda la península, porque la sequía también ha golpeado a Castilla y Aragón. Las cooperativas ganaderas calculan que alimentar una vaca cuesta un 35 % más que en 2022.",
   "Menos granjas, más grandes",
   "Osona es la comarca con más densidad ganadera de Cataluña. La sequía ha acelerado una tendencia que ya existía: cierran las explotaciones familiares medianas y crecen las grandes, que pueden comprar forraje en el extranjero.",
   "Rovira no piensa cerrar, pero su hija, que estudia Veterinaria, no quiere seguir. «Me dice que no piensa vivir mirando el cielo cada mañana. No se lo puedo reprochar».",
   "Marc Rovira, en la sala de ordeño de su granja de Santa Eugènia de Berga. / Pau Vidal",
   ], ["sequía", "ganadería", "Osona", "Tierra seca"], series=True),

 A("politica", "ley-participacion-ciudadana-aragon-claves",
   "Qué cambia con la nueva ley de participación ciudadana de Aragón", [
   "Por Javier Lumbreras | Zaragoza",
   "Las Cortes de Aragón aprobaron el jueves la nueva ley de participación ciudadana, que sustituye a la de 2015. La norma salió adelante con los votos de los grupos del Gobierno y la abstención de parte de la oposición.",
   "La principal novedad es que los vecinos podrán presentar iniciativas al Gobierno autonómico con 8.000 firmas, frente a las 15.000 que se pedían antes. Si se alcanzan, el Ejecutivo estará obligado a responder en tres meses.",
   "La ley crea además un registro de grupos de interés: quien quiera reunirse con un consejero para defender los intereses de una empresa o asociación deberá inscribirse, y las agendas serán públicas.",
   "Las críticas",
   "Las plataformas vecinales de Zaragoza creen que la ley se queda corta porque las consultas siguen sin ser vinculantes. «Te dejan opinar, pero no decidir», resume una portavoz de la federación de barrios.",
   "El Gobierno defiende que la ley es «ambiciosa dentro de lo que permite el Estatuto» y que los procesos participativos tendrán, por primera vez, un presupuesto propio.",
   ], ["Aragón", "participación", "Cortes de Aragón"]),

 A("cultura", "corrala-pelicula-vecinos-lavapies-san-sebastian",
   "Una película rodada con vecinos de Lavapiés, en el Festival de San Sebastián", [
   "Por Álvaro Recio",
   "«Corrala» no tiene actores profesionales. Los protagonistas son una peluquera dominicana, un jubilado que lleva sesenta años en la misma calle y dos hermanos senegaleses que regentan un locutorio. La película, rodada en un patio de Lavapiés, se verá en la sección Zabaltegi del Festival de San Sebastián.",
   "La directora, Lucía Benavente, vivió seis años en el edificio. «No quería hacer una película sobre la gentrificación. Quería hacer una película sobre los vecinos antes de que se fueran», explica.",
   "El rodaje duró 23 días y costó menos de 300.000 euros, financiados en parte con una campaña de micromecenazgo en la que participaron más de 1.400 personas.",
   "Una de las escenas más comentadas en los primeros pases es una discusión en la escalera sobre quién se queda con la llave de la azotea. «Es la única escena que no escribimos. Pasó de verdad y la grabamos», dice Benavente.",
   "La película llegará a las salas en noviembre. Los vecinos del patio tendrán su propio pase, en la azotea.",
   ], ["cine", "Lavapiés", "Festival de San Sebastián"]),

 A("sociedad", "transporte-a-demanda-sierra-de-gata",
   "El último autobús a la aldea: transporte a demanda en la Sierra de Gata", [
   "Por Nuria Castaño | Hoyos (Cáceres)",
   "Felisa tiene 83 años y una cita con el oftalmólogo en Coria el martes a las once. El lunes por la tarde llama a un teléfono, dice su nombre y su pueblo, y a la mañana siguiente un microbús de nueve plazas la recoge en la puerta.",
   "El transporte a demanda funciona desde hace dos años en la Sierra de Gata. Sustituye a líneas regulares que pasaban casi vacías dos veces al día por las mismas carreteras.",
   "Los usuarios reservan con un día de antelación y el conductor diseña la ruta según las peticiones. El billete cuesta lo mismo que el de un autobús convencional.",
   "«Antes, para ir al médico, tenías que pedir a un vecino que te bajara o pagar un taxi de 40 euros», dice Felisa.",
   "Los problemas",
   "No todo son elogios. Los vecinos más jóvenes se quejan de que el servicio no sirve para ir a trabajar, porque no funciona antes de las ocho ni los fines de semana.",
   "La Junta estudia ampliar los horarios si aumenta la demanda. Por ahora, el microbús hace una media de 14 viajes al día entre nueve pueblos.",
   ], ["transporte rural", "Extremadura", "despoblación"]),

 A("clima", "tierra-seca-cuando-vuelva-a-llover",
   "Cuando vuelva a llover: qué nos dejan tres años de sequía", [
   "Texto: Laia Ferrer Soler y Pol Giralt",
   "Tierra seca (5). Esta primavera ha llovido en Cataluña más que en ninguna desde 2018. Los embalses del Ter y el Llobregat han superado el 40 % y el Govern ha rebajado el nivel de alerta en buena parte del territorio.",
   "Pero en los pueblos que hemos recorrido durante esta serie nadie habla de final. «Esto es una pausa», dice el viticultor del Priorat Jordi Masdéu. «La próxima sequía ya está en camino; lo que no sabemos es cuándo».",
   "Lo que se queda",
   "Algunas cosas han cambiado para siempre: ayuntamientos que han aprendido a leer sus contadores, agricultores que han instalado riego por goteo, escuelas que miden lo que gastan. Otras volvieron a ser como antes en cuanto llovió: las piscinas se llenaron en mayo.",
   "Los expertos coinciden en que la gran lección es la de las infraestructuras: reutilizar el agua depurada, reparar redes que pierden hasta un 20 % del agua y conectar cuencas que hoy funcionan como islas.",
   "@S",
   "El embalse de Sau, en mayo, con el campanario del antiguo pueblo de nuevo bajo el agua. / Pau Vidal",
   ], ["sequía", "Cataluña", "embalses", "Tierra seca"], series=True),

 A("economia", "fruterias-de-barrio-resisten-madrid",
   "Las fruterías de barrio resisten con fiado, reparto en bici y horario partido", [
   "Por Daniel Oria",
   "En la calle Fuencarral de Madrid quedaban cuatro fruterías en 2010. Hoy queda una, la de Tomás Heras, que abrió su padre en 1968 y que sigue apuntando los precios con tiza en pizarras.",
   "El pequeño comercio de alimentación ha perdido en España más de 10.000 establecimientos en una década, según las asociaciones del sector. Las fruterías que sobreviven lo hacen cambiando poco y bien.",
   "Heras reparte a domicilio en bicicleta de carga a vecinos mayores y a tres restaurantes del barrio. Y guarda una libreta con las deudas de una docena de clientes de toda la vida. «El fiado no se ha ido nunca. Lo que pasa es que ahora da vergüenza decirlo».",
   "Su ventaja frente al supermercado, dice, es el consejo: qué melón está para hoy y cuál para el sábado. «Eso no te lo dice una aplicación».",
   "Lo que más le preocupa no es la competencia, sino el alquiler del local, que vence en dos años. «Si me lo suben como a los de al lado, se acaba el fiado, y la frutería también».",
   ], ["comercio de proximidad", "Madrid", "alimentación"]),
]

# older stories of the site that only appear in related-story boxes
EXTRA = [
    "Qué pasa cuando un pueblo entero se queda sin cobertura móvil",
    "La huerta de Murcia pierde cada año el equivalente a 300 campos de fútbol",
    "Diez años de la ley mordaza: multas, recursos y lo que no cambió",
    "Los museos pequeños que abren de noche para llenar sus salas",
    "Así se decide el precio de la luz que pagas cada hora",
    "Dos años en lista de espera para una plaza en una residencia pública",
    "Ciencia ciudadana: vecinos que cuentan vencejos desde el balcón",
    "La segunda vida de los cines de verano",
    "Por qué cada vez menos jóvenes se sacan el carné de conducir",
]

# ------------------------------------------------------------------ template
MENU = "Política · Sociedad · Economía · Clima · Cultura · Ciencia · Revista en papel · Pódcast"
COOKIE = [
    m("cookie", "Contrapicado usa cookies propias y de terceros para medir cuánta gente nos lee y, si nos lo permites, para mostrarte vídeos y mapas incrustados."),
    m("cookie", "Puedes aceptarlas, rechazarlas o elegir cuáles permites. Podrás cambiar de opinión cuando quieras desde «Privacidad», al pie de la página."),
    m("cookie", "Aceptar"),
    m("cookie", "Rechazar"),
    m("cookie", "Configurar"),
]
SHARE = m("share", "Compartir: Bluesky · Mastodon · WhatsApp · Telegram · Correo · Copiar enlace")
NEWS_A = m("newsletter", "«La contraportada»: cada sábado, lo que no cupo en la revista. Apúntate, es gratis.")
NEWS_B = m("newsletter", "Recibe «La contraportada» los sábados en tu correo: una selección comentada de la semana, sin ruido.")
NEWS_FIELD = m("newsletter", "Tu correo electrónico")
NEWS_BTN = m("newsletter", "Quiero recibirla")
PODCAST = m("audio", "Escucha «Plano general», el pódcast de Contrapicado: cada miércoles, una historia contada por quien la reporteó.")
SOCIAL = m("social", "Estamos en Bluesky, Mastodon, Instagram y TikTok como @contrapicado.")
FOOT_NAV = m("navigation", "Quiénes somos · Cómo nos financiamos · Código ético · Publicidad · Contacto")
LEGAL1 = m("legal", "© 2025 Contrapicado S. Coop. Mad. Salvo indicación en contrario, los textos se publican con licencia CC BY-SA 4.0.")
LEGAL2 = m("legal", "Aviso legal · Privacidad · Cookies · Accesibilidad")
SEASON = "otoño"


def reading_minutes(lines):
    words = sum(len(x.split()) for x in lines)
    return max(2, -(-words // 110))


def appeal_block(i, n, short=False):
    a1 = m("appeal", f"Has llegado al final. Lo has leído gratis gracias a las {thousands(n, '.')} personas socias que sostienen Contrapicado.")
    if short:
        return [a1, m("appeal", "Hazte socia o socio")]
    a2 = (m("appeal", "No tenemos accionistas ni dependemos de grandes anunciantes: el 81 % de lo que ingresamos llega de cuotas.")
          if i % 2 == 0 else
          m("appeal", "Cada cuota es una pequeña garantía de que este periodismo seguirá siendo libre y abierto a quien no puede pagarlo."))
    a3 = m("appeal", f"Objetivo de este {SEASON}: 5.000 socias y socios. Nos faltan {thousands(5000 - n, '.')}.")
    btns = [m("appeal", "5 € al mes"), m("appeal", "10 € al mes"), m("appeal", "20 € al mes"),
            m("appeal", "Otra cantidad")]
    return [a1, a2, a3] + btns + [m("appeal", "Hazte socia o socio")]


CAMPAIGN = [  # gift campaign, five pages only
    m("appeal", "Regala Contrapicado: un año de suscripción y el número 24 en papel, «La España que no se jubila», por 60 €."),
    m("appeal", "Quiero regalarla"),
]
CAMPAIGN_PAGES = {9, 10, 11, 12, 13}


def build(i):
    a = ARTS[i]
    R = random.Random(7300 + i)
    n = 4312 + i * 19 + R.randint(0, 11)
    body, prot = expand(a, series_block)
    L = []
    no_cookie = i in (5, 12, 16)
    cookie_top = not no_cookie and i % 3 != 2
    if cookie_top:
        L += COOKIE
    L.append(m("ui", "Saltar al contenido"))
    L.append(m("navigation", MENU))
    L.append(m("ui", "Entrar"))
    L.append(m("appeal", "Únete"))
    L.append(m("navigation", f"Portada › {SECL[a.sec]}"))
    if a.series:
        L.append(m("navigation", "Serie · Tierra seca"))
    L.append(a.title)
    L.append(body[0])
    L.append(m("ui", f"{reading_minutes(body)} min de lectura"))
    if i != 7:
        L.append(SHARE)
    if i % 4 == 1:
        L.append(m("ui", "Guardar para luego"))
    rest, rprot = body[1:], {p - 1 for p in prot}
    k = len(rest)
    inserts = []
    other = ARTS[(i + 7) % 18]
    if i not in (3, 14):
        label = "Lee también" if i % 3 else "Te puede interesar"
        inserts.append((max(1, k // 3 - 1), [m("related", f"{label}: {other.title}")]))
    mid_news = i not in (4, 11, 15)
    if mid_news:
        inserts.append((k * 2 // 3 - 1, [NEWS_A if i % 2 == 0 else NEWS_B, NEWS_FIELD, NEWS_BTN]))
    if i % 2 == 0 and k > 6:
        inserts.append((k // 2, [m("ad", "Publicidad")]))
    L += weave(rest, rprot, inserts)

    tags = m("navigation", "Archivado en: " + " · ".join(a.tags))
    rel = [m("related", "Más en Contrapicado")] + [
        m("related", t) for t in rotate_related(ARTS, EXTRA, i, exclude=(other.title,))]
    appeal = appeal_block(i, n, short=(i in (6, 15)))
    if i in CAMPAIGN_PAGES:
        appeal = appeal[:1] + CAMPAIGN + appeal[1:]
    trailer_news = [] if mid_news else [
        m("newsletter", "¿Te ha gustado? Cada sábado, «La contraportada» en tu correo."), NEWS_FIELD, NEWS_BTN]
    extras = []
    if i % 3 == 0:
        extras.append(PODCAST)
    extras.append(SOCIAL)
    comments = [] if i in (2, 8, 16) else [
        m("comments", f"{R.randint(3, 96)} comentarios"),
        m("comments", "Solo las personas socias pueden comentar. Lee nuestras normas de participación antes de hacerlo."),
    ]
    if i % 4 == 3:
        trailer = [tags] + rel + appeal + trailer_news + extras + comments
    else:
        trailer = [tags] + appeal + trailer_news + extras + rel + comments
    L += trailer
    if not no_cookie and not cookie_top:
        L += COOKIE
    L += [FOOT_NAV, LEGAL1, LEGAL2]
    return a, L
