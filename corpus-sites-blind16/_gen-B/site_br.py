"""Diário da Mantiqueira - portal regional do Vale do Paraíba, Litoral Norte e Serra da Mantiqueira (SP)."""
from common import m, near, weave, rng, running, rotate, nwords, dots

SITE = "br"
LANG = "pt"
HOST = "www.diariodamantiqueira.com.br"

SECTION_NAMES = {
    "cidades": "Cidades", "politica": "Política", "policia": "Polícia",
    "esportes": "Esportes", "saude": "Saúde", "cultura": "Cultura",
    "economia": "Economia", "regiao": "Região", "educacao": "Educação",
    "litoral": "Litoral", "turismo": "Turismo", "meio-ambiente": "Meio Ambiente",
}

ARTICLES_RAW = r"""
=== cidades | sao-jose-dos-campos-tarifa-zero-onibus-domingos | São José dos Campos; Transporte público; Tarifa zero; Ônibus
São José dos Campos terá tarifa zero nos ônibus aos domingos a partir de setembro
Medida vale para todas as linhas municipais; prefeitura estima custo de R$ 9 milhões por ano
Por Carolina Prado · 14/08/2024 11h47
Os ônibus municipais de São José dos Campos vão circular de graça aos domingos e feriados a partir de 1º de setembro, anunciou a prefeitura nesta quarta-feira (14).
A gratuidade vale para todas as 68 linhas do sistema, incluindo a Linha Verde, e não exige cadastro: basta embarcar.
Segundo a Secretaria de Mobilidade Urbana, a medida deve custar cerca de R$ 9 milhões por ano aos cofres municipais, valor que será repassado às empresas que operam o sistema.
A expectativa é que o número de passageiros aos domingos, hoje em torno de 48 mil, dobre nos primeiros meses.
Comerciantes do Centro comemoraram. 'Domingo aqui é deserto. Se o povo vier de ônibus de graça, vai passar na frente da loja', disse Ademir Kanashiro, dono de uma loja de calçados na rua Sete de Setembro.
Nos dias úteis e aos sábados, a tarifa continua em R$ 5,25.
=== meio-ambiente | jacarei-rodizio-agua-14-bairros | Vale na Seca; Jacareí; Abastecimento; Rio Paraíba do Sul; SAAE
Jacareí adota rodízio de água em 14 bairros e pede economia aos moradores
Abastecimento será interrompido das 22h às 5h a partir de segunda; SAAE diz que captação no Paraíba caiu a níveis críticos
Por Mariana Toledo, de Jacareí · 19/08/2024 07h12
O Serviço Autônomo de Água e Esgoto (SAAE) de Jacareí vai interromper o abastecimento durante a noite em 14 bairros da cidade a partir da próxima segunda-feira (26).
Segundo a autarquia, o nível do rio Paraíba do Sul no ponto de captação está 1,2 metro abaixo do normal para agosto, o que reduziu em quase um terço a água que chega à estação de tratamento.
Os bairros mais afetados ficam nas partes altas da cidade, como Jardim Santa Maria, Parque Meia Lua e Cidade Salvador, onde a pressão na rede já vinha caindo no fim da tarde.
@SERIES
A dona de casa Rosângela Pires, moradora do Parque Meia Lua, conta que há duas semanas enche baldes de madrugada. 'Quando chega de manhã, a torneira só pinga', diz.
O SAAE recomenda manter as caixas-d'água tampadas e evitar lavar calçadas e carros enquanto durar o rodízio.
=== politica | taubate-concurso-320-vagas | Taubaté; Concurso público; Empregos; Educação
Prefeitura de Taubaté abre concurso com 320 vagas e salários de até R$ 8,9 mil
Há vagas para professores, enfermeiros, guardas civis e engenheiros; inscrições vão até 20 de setembro
Por Luiza Fonseca · 21/08/2024 10h05
A Prefeitura de Taubaté publicou nesta quarta-feira (21) o edital de um concurso público com 320 vagas para cargos de nível fundamental, médio e superior.
A maior parte das oportunidades é na educação: são 140 vagas para professor de educação básica, com salário inicial de R$ 4.120 para jornada de 30 horas semanais.
Há ainda 45 vagas para guarda civil municipal, 38 para técnico de enfermagem, 22 para enfermeiro e 6 para engenheiro civil, cargo com o maior salário do edital, de R$ 8.912.
Como se inscrever
As inscrições devem ser feitas pela internet entre 26 de agosto e 20 de setembro. A taxa varia de R$ 45 a R$ 90, conforme o nível do cargo.
As provas objetivas estão previstas para 27 de outubro, em escolas da cidade. É o primeiro concurso amplo da prefeitura desde 2019.
=== policia | pindamonhangaba-preso-golpe-falso-leilao | Pindamonhangaba; Polícia Civil; Golpe; Leilão de veículos
Polícia prende em Pindamonhangaba suspeito de aplicar golpe do falso leilão de carros
Grupo anunciava veículos apreendidos a preços abaixo do mercado em sites falsos; prejuízo passa de R$ 600 mil
Por Diego Amaral · 23/08/2024 15h20
A Polícia Civil prendeu na manhã desta sexta-feira (23), em Pindamonhangaba, um homem de 29 anos suspeito de integrar uma quadrilha que aplicava o golpe do falso leilão de veículos pela internet.
Segundo a investigação, o grupo criava sites que imitavam páginas de leiloeiros oficiais e anunciava carros e motos supostamente apreendidos por valores até 60% abaixo da tabela.
As vítimas pagavam um sinal por Pix e nunca recebiam o veículo. Ao menos 47 pessoas de cinco estados registraram boletim de ocorrência, com prejuízo estimado em mais de R$ 600 mil.
Na casa do suspeito, no bairro Araretama, os policiais apreenderam três celulares, um notebook e cartões bancários em nome de terceiros.
O delegado responsável pelo caso, Rodrigo Faria, orienta que o comprador sempre confira se o leiloeiro está registrado na Junta Comercial antes de fazer qualquer pagamento.
A defesa do suspeito não havia sido localizada até a publicação desta reportagem.
=== economia | cunha-pecuaristas-vendem-gado-falta-de-pasto | Vale na Seca; Cunha; Pecuária; Leite; Agronegócio
Sem chuva, pecuaristas de Cunha vendem gado por falta de pasto
Produtores de leite da serra relatam queda de até 40% na produção; sindicato rural pede linha de crédito emergencial
Por Renato Aguiar, de Cunha · 27/08/2024 06h00
Na propriedade de Jair Monteiro, no bairro rural do Campo Alegre, em Cunha, o pasto que deveria estar verde em agosto virou palha. Das 46 vacas que ele tinha em junho, restam 30.
'Vendi abaixo do preço porque não tinha mais o que dar de comer. A silagem acabou e o saco de ração subiu', conta o produtor, que entrega leite para um laticínio de Guaratinguetá.
Segundo o Sindicato Rural de Cunha, a produção de leite no município caiu entre 30% e 40% desde julho, e ao menos 60 famílias já reduziram o rebanho.
O sindicato encaminhou ao governo estadual um pedido de crédito emergencial com juros subsidiados para compra de ração e recuperação de pastagens.
@SERIES
=== esportes | taubate-vence-primavera-copa-paulista | Taubaté; Copa Paulista; Futebol; Joaquinzão
Taubaté vence o Primavera no Joaquinzão e assume a liderança do grupo na Copa Paulista
Burro da Central fez 2 a 0 com gols no segundo tempo e chegou a 13 pontos
Por Felipe Nogueira · 31/08/2024 21h58
O Taubaté venceu o Primavera por 2 a 0 na noite deste sábado (31), no Joaquinzão, e assumiu a liderança do Grupo 3 da Copa Paulista.
Depois de um primeiro tempo travado, com poucas chances para os dois lados, o time da casa abriu o placar aos 12 minutos da etapa final com o zagueiro Thiago Bento, de cabeça, após cobrança de escanteio.
O segundo gol saiu aos 38, em contra-ataque puxado pelo meia Gabriel Serrano e finalizado pelo atacante Índio, que entrou no intervalo.
Com o resultado, o Burro da Central chegou a 13 pontos em seis jogos, um a mais que o São José, que só joga neste domingo.
'Sabíamos que ia ser um jogo de paciência. O grupo entendeu o que tinha que fazer no intervalo', disse o técnico Rogério Pacheco.
O próximo compromisso do Taubaté é no sábado (7), contra o Água Santa, em Diadema.
Público: 3.214 pagantes. Renda: R$ 41.780.
=== saude | hospital-regional-taubate-uti-pediatrica | Taubaté; Hospital Regional; UTI pediátrica; Saúde pública
Hospital Regional de Taubaté inaugura dez leitos de UTI pediátrica
Unidade passa a receber crianças de 39 cidades; até agora, casos graves eram transferidos para a capital ou Campinas
Por Luiza Fonseca · 03/09/2024 13h15
O Hospital Regional do Vale do Paraíba, em Taubaté, inaugurou nesta terça-feira (3) uma unidade de terapia intensiva pediátrica com dez leitos.
Até agora, crianças em estado grave atendidas na região precisavam ser transferidas para hospitais da capital, de Campinas ou de São José dos Campos, o que podia levar horas à espera de vaga.
A nova ala recebeu investimento de R$ 14,5 milhões do governo estadual, entre obras e equipamentos, e terá equipe de 62 profissionais, entre médicos intensivistas, enfermeiros e fisioterapeutas.
Nova UTI pediátrica fica no 4º andar do prédio principal do hospital (Foto: Divulgação)
'Uma criança com bronquiolite grave não pode esperar uma ambulância atravessar a Dutra', afirmou a pediatra Helena Yamamoto, coordenadora da unidade.
As vagas serão distribuídas pela central estadual de regulação, que atende os municípios do Vale do Paraíba, do Litoral Norte e da Serra da Mantiqueira. Os primeiros pacientes devem ser recebidos na próxima semana.
=== cultura | guaratingueta-teatro-municipal-reabre | Guaratinguetá; Teatro Municipal; Patrimônio histórico; Agenda cultural
Teatro Municipal de Guaratinguetá reabre após seis anos de reforma
Prédio de 1912 teve telhado, palco e poltronas restaurados; programação de reabertura é gratuita
Por Beatriz Salgado, de Guaratinguetá · 06/09/2024 17h30
Fechado desde 2018 por problemas no telhado e na parte elétrica, o Teatro Municipal de Guaratinguetá reabre as portas neste sábado (7) com uma apresentação da Orquestra Jovem do Vale.
A reforma, que custou R$ 7,2 milhões, recuperou a fachada em estilo eclético, o forro de madeira da plateia e os camarotes laterais, além de instalar ar-condicionado e um elevador de acessibilidade.
As 380 poltronas originais foram restauradas uma a uma por uma marcenaria de Lorena.
'Muita gente da cidade se formou, casou e fez a primeira apresentação de balé aqui dentro. Era uma dívida que a cidade tinha consigo mesma', disse a secretária de Cultura, Sônia Galvão.
A programação de reabertura segue até o dia 22, com peças de grupos locais, shows de viola caipira e sessões de cinema para escolas. A entrada é gratuita, com retirada de ingressos na bilheteria uma hora antes.
=== economia | cacapava-fabrica-autopecas-200-vagas | Caçapava; Empregos; Indústria; PAT
Fábrica de autopeças abre 200 vagas em Caçapava; veja como se candidatar
Empresa amplia linha de produção de freios e procura operadores, soldadores e técnicos; há vagas para primeiro emprego
Por Carolina Prado · 09/09/2024 08h30
Uma fabricante de componentes de freio instalada no distrito industrial de Caçapava vai contratar 200 trabalhadores até o fim do ano para uma nova linha de produção.
A empresa, que fornece peças para montadoras de caminhões e ônibus, recebeu uma encomenda de longo prazo de um cliente europeu e vai passar a funcionar em três turnos.
São 140 vagas para operador de produção, 25 para soldador, 20 para técnico em mecatrônica e 15 para auxiliar de logística. Parte das vagas de operador não exige experiência.
Os interessados devem levar currículo e documentos ao PAT (Posto de Atendimento ao Trabalhador) de Caçapava, de segunda a sexta, das 8h às 16h.
Segundo a prefeitura, é a maior contratação da indústria na cidade desde 2013.
=== meio-ambiente | represa-paraibuna-19-por-cento | Vale na Seca; Paraibuna; Represa; Rio Paraíba do Sul; Estiagem
Represa de Paraibuna chega a 19% e tem o menor nível para setembro em dez anos
Reservatório regula a vazão do Paraíba do Sul; operadora diz que não há risco imediato de desabastecimento
Por Mariana Toledo · 10/09/2024 18h40
O reservatório de Paraibuna, o maior da bacia do Paraíba do Sul, operava nesta terça-feira (10) com 19,3% do volume útil, o menor índice para o mês de setembro desde 2014.
A represa funciona como uma caixa-d'água do rio: é a água liberada por ela que garante a vazão mínima nas cidades abaixo, de Jacareí a Resende.
Margem da represa exposta pela seca; em alguns pontos a água recuou mais de 200 metros (Foto: Renato Aguiar/Diário da Mantiqueira)
@SERIES
Em nota, a operadora da usina disse que a vazão liberada segue dentro das regras da agência reguladora e que não há risco imediato para o abastecimento.
Especialistas ouvidos pelo Diário lembram, porém, que a estação chuvosa só começa de fato em novembro. 'Se outubro também for seco, vamos entrar no verão com o reservatório muito vulnerável', afirma o engenheiro Paulo Sérgio Lemes, professor de recursos hídricos.
=== regiao | dutra-obras-marginal-jacarei-40-dias | Via Dutra; Jacareí; Trânsito; Obras
Obras na marginal da Dutra interditam faixa em Jacareí por 40 dias
Trecho entre os km 160 e 163 terá desvio no sentido São Paulo; concessionária recomenda sair mais cedo
Por Diego Amaral · 12/09/2024 19h10
Motoristas que passam pela Via Dutra em Jacareí devem enfrentar lentidão a partir desta segunda-feira (16), quando começam as obras de ampliação da pista marginal entre os quilômetros 160 e 163, no sentido São Paulo.
Uma das faixas da marginal ficará interditada 24 horas por dia por cerca de 40 dias. Nos horários de pico, a concessionária vai liberar o acostamento para o tráfego.
A obra faz parte do pacote de melhorias previsto no contrato de concessão da rodovia e inclui a construção de uma nova ponte sobre um córrego que corta o trecho.
Segundo a concessionária, passam pelo local cerca de 110 mil veículos por dia.
A recomendação é que quem vai de Jacareí para a capital no início da manhã saia com pelo menos 20 minutos de antecedência ou use a rodovia Carvalho Pinto como alternativa.
=== educacao | lorena-escola-publica-torneio-robotica | Lorena; Robótica; Escola pública; Educação
Equipe de escola pública de Lorena conquista torneio nacional de robótica
Robô construído com sucata e peças de impressora venceu a categoria resgate; time vai representar o Brasil no México
Por Beatriz Salgado, de Lorena · 13/09/2024 12h00
Cinco estudantes do ensino médio de uma escola estadual de Lorena venceram a categoria resgate da etapa nacional de uma olimpíada de robótica disputada em Brasília no último fim de semana.
O robô da equipe, apelidado de Tatu-Bola, foi montado com peças de impressoras velhas, motores de brinquedo e uma placa de programação comprada com o dinheiro de uma rifa.
Na prova, o robô precisa atravessar um percurso com rampas e obstáculos, identificar vítimas simuladas e levá-las a uma área segura sem intervenção humana.
'A gente refez a garra umas vinte vezes. Na última semana dormimos na escola', contou a estudante Yasmin Rocha, de 17 anos, responsável pela programação.
Com o título, a equipe garantiu vaga no torneio internacional de novembro, no México. A escola ainda busca patrocínio para pagar as passagens dos alunos e do professor orientador.
O professor de física Anderson Meireles, que coordena o clube de robótica há quatro anos, conta que o projeto começou com dois alunos e hoje reúne mais de 30.
=== litoral | ubatuba-camara-aprova-taxa-preservacao-ambiental | Ubatuba; Câmara Municipal; Turismo; Taxa ambiental
Câmara de Ubatuba aprova taxa de preservação ambiental para carros de turistas
Cobrança de R$ 15 por dia deve começar na próxima temporada de verão; comerciantes se dividem
Por Renato Aguiar, de Ubatuba · 18/09/2024 22h15
A Câmara de Ubatuba aprovou em segunda votação, na noite desta quarta-feira (18), o projeto que cria uma taxa de preservação ambiental para veículos de turistas que entram na cidade.
O valor previsto é de R$ 15 por dia para carros, R$ 40 para vans e R$ 120 para ônibus de excursão. Moradores e veículos registrados na cidade ficam isentos.
A cobrança será feita por câmeras de leitura de placas instaladas nas entradas do município, e o pagamento poderá ser feito por aplicativo ou Pix.
O texto foi aprovado por 11 votos a 4. Segundo a prefeitura, a arrecadação será destinada à limpeza de praias, ao saneamento e à fiscalização ambiental.
Representantes da hotelaria dizem temer a perda de visitantes para cidades vizinhas. Já a associação de moradores da Praia do Félix defendeu a medida como forma de conter o excesso de carros nos fins de semana.
O projeto segue para sanção do prefeito, que tem 15 dias úteis para se manifestar.
=== regiao | fumaca-queimadas-mantiqueira-pindamonhangaba | Vale na Seca; Queimadas; Pindamonhangaba; Campos do Jordão; Qualidade do ar
Fumaça de queimadas na Mantiqueira encobre Pindamonhangaba e Campos do Jordão
Corpo de Bombeiros combateu 11 focos em 48 horas; umidade do ar chegou a 12% na tarde de domingo
Por Renato Aguiar, de Pindamonhangaba · 16/09/2024 09h25
Uma camada de fumaça cobriu o céu de Pindamonhangaba e de Campos do Jordão no fim de semana, resultado de incêndios em áreas de mata e pasto na Serra da Mantiqueira.
O Corpo de Bombeiros informou que combateu 11 focos entre sábado (14) e segunda-feira (16), o maior deles numa área de cerca de 80 hectares perto do bairro do Ribeirão Grande.
A umidade relativa do ar chegou a 12% na tarde de domingo em Pindamonhangaba, índice considerado de emergência.
A Secretaria de Saúde recomendou evitar exercícios ao ar livre entre 10h e 17h e reforçou o atendimento nas unidades de pronto-atendimento.
@SERIES
Quem flagrar uma queimada deve acionar os Bombeiros pelo 193.
=== turismo | aparecida-350-mil-romeiros-12-de-outubro | Aparecida; Santuário Nacional; Romeiros; 12 de Outubro
Aparecida espera 350 mil romeiros no fim de semana da festa da padroeira
Santuário amplia horários de missas; prefeitura monta esquema especial de trânsito e fecha ruas do Centro
Por Beatriz Salgado, de Aparecida · 08/10/2024 10h40
O Santuário Nacional de Aparecida espera receber cerca de 350 mil romeiros entre a sexta-feira (11) e o domingo (13), no fim de semana da festa da padroeira do Brasil.
No sábado (12), dia de Nossa Senhora Aparecida, serão celebradas 13 missas na Basílica, a primeira às 5h e a última às 19h.
A prefeitura vai fechar para veículos as ruas do entorno da Basílica Velha, e os ônibus de excursão deverão estacionar nos bolsões indicados pela fiscalização de trânsito.
Cerca de 1.200 policiais militares, guardas civis e agentes de trânsito vão reforçar a segurança.
Muitos romeiros chegam a pé pela Via Dutra. A Polícia Rodoviária Federal recomenda que caminhem pelo acostamento no sentido contrário ao dos veículos e usem roupas claras ou coletes refletivos à noite.
=== meio-ambiente | onca-parda-parque-augusto-ruschi-sao-jose | São José dos Campos; Onça-parda; Fauna; Parque Augusto Ruschi
Onça-parda é flagrada por câmeras em parque da zona norte de São José
Registro feito por armadilha fotográfica é o primeiro da espécie na área em pelo menos 15 anos
Por Mariana Toledo · 02/10/2024 14h55
Uma onça-parda foi flagrada por câmeras de monitoramento no Parque Natural Municipal Augusto Ruschi, na zona norte de São José dos Campos.
As imagens, feitas à noite por armadilhas fotográficas instaladas por pesquisadores, mostram o animal caminhando por uma trilha em três ocasiões diferentes entre julho e setembro.
Segundo a bióloga Fernanda Quintela, que coordena o monitoramento, é o primeiro registro da espécie dentro do parque em pelo menos 15 anos. 'É um sinal de que a mata está conectada com outros fragmentos da Mantiqueira', afirmou.
A onça-parda, também chamada de suçuarana, é o segundo maior felino do Brasil e costuma evitar o contato com pessoas.
A prefeitura informou que as trilhas continuam abertas, mas que os visitantes devem permanecer nos caminhos sinalizados e não levar cães.
Quem avistar o animal não deve se aproximar nem tentar alimentá-lo.
=== politica | prefeitos-pedem-decreto-emergencia-hidrica | Vale na Seca; Emergência hídrica; Prefeitos; Governo do Estado
Prefeitos do Vale pedem decreto de emergência hídrica ao governo do estado
Documento assinado por 22 municípios cobra obras de reservação e suspensão temporária de novas outorgas para grandes captações
Por Carolina Prado · 24/09/2024 16h03
Prefeitos de 22 cidades do Vale do Paraíba e do Litoral Norte entregaram nesta terça-feira (24) ao governo do estado um pedido formal de decreto de situação de emergência hídrica na região.
O documento, aprovado em reunião do consórcio intermunicipal em Taubaté, pede recursos para perfuração de poços, ampliação de reservatórios e a suspensão temporária de novas autorizações de captação de água para indústrias.
'Não dá para esperar a torneira secar para agir', disse o presidente do consórcio, Edson Rangel, prefeito de Lagoinha.
@SERIES
O governo do estado informou que o pedido será analisado pela Defesa Civil estadual e pela secretaria responsável pelos recursos hídricos.
Se o decreto for publicado, as prefeituras poderão fazer compras emergenciais sem licitação para garantir o abastecimento.
=== turismo | trem-campos-do-jordao-volta-santo-antonio-do-pinhal | Campos do Jordão; Santo Antônio do Pinhal; Trem turístico; Turismo
Trem turístico de Campos do Jordão volta a subir a serra até Santo Antônio do Pinhal
Passeio estava suspenso desde 2023 por causa de deslizamentos; viagem de ida e volta custa R$ 90
Por Felipe Nogueira, de Campos do Jordão · 11/10/2024 09h00
Depois de mais de um ano parado, o trem turístico que liga Campos do Jordão a Santo Antônio do Pinhal voltou a circular neste fim de semana.
O trecho de 19 quilômetros estava interditado desde o verão de 2023, quando chuvas fortes provocaram deslizamentos de terra sobre os trilhos em três pontos da serra.
O percurso passa pelo Alto do Lageado, a mais de 1.700 metros de altitude, e dura cerca de 1h20 em cada sentido.
Os bilhetes custam R$ 90 (ida e volta) e podem ser comprados na estação Emílio Ribas, no Capivari. Há meia-entrada para estudantes, professores e idosos.
Comerciantes de Santo Antônio do Pinhal esperam que o trem traga de volta os visitantes de fim de semana. 'O trem despejava turista na nossa praça. Sem ele, a cidade ficou meio esquecida', disse Ivone Caetano, dona de uma loja de doces.
"""

# Série "Vale na Seca": 2 parágrafos de contexto + linha de serviço
SERIES = [
    "A estiagem deste ano é a mais severa no Vale do Paraíba em pelo menos uma década: entre maio e setembro, choveu 41% menos que a média histórica, segundo o monitoramento do comitê da bacia do Paraíba do Sul.",
    "O rio abastece cerca de 2 milhões de moradores nas cidades paulistas da bacia e, mais abaixo, é a principal fonte de água da Região Metropolitana do Rio de Janeiro, por meio do sistema Guandu.",
    "Falta d'água? Informe a empresa de saneamento do seu município. A Defesa Civil atende 24 horas pelo telefone 199.",
]
SERIES_VARIANTS = {
    # p=1 published in August: 'entre maio e agosto'
    1: [
        "A estiagem deste ano é a mais severa no Vale do Paraíba em pelo menos uma década: entre maio e agosto, choveu 41% menos que a média histórica, segundo o monitoramento do comitê da bacia do Paraíba do Sul.",
        SERIES[1],
        SERIES[2],
    ],
    4: [
        "A estiagem deste ano é a mais severa no Vale do Paraíba em pelo menos uma década: entre maio e agosto, choveu 41% menos que a média histórica, segundo o monitoramento do comitê da bacia do Paraíba do Sul.",
        SERIES[1],
        SERIES[2],
    ],
}

# ---------------------------------------------------------------- template
MENU = "Início | Vale | Litoral | Mantiqueira | Política | Economia | Polícia | Saúde | Esportes | Cultura | Empregos"
COOKIE = [
    "O Diário da Mantiqueira usa cookies e tecnologias semelhantes para melhorar sua experiência e exibir anúncios relevantes. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
    "Aceitar e fechar | Personalizar",
]
SHARE = "Compartilhar: WhatsApp | Facebook | X | Telegram | E-mail | Copiar link"
WHATSAPP = "📲 Receba as notícias da sua cidade no WhatsApp: entre no canal do Diário"
NEWSLETTER = {
    "A": ["Bom dia, Vale!",
          "O resumo das notícias da região no seu e-mail, de segunda a sábado, às 6h.",
          "Seu melhor e-mail", "Quero receber"],
    "B": ["Newsletter do Diário",
          "Cadastre-se e receba de graça as reportagens mais importantes do Vale, do Litoral e da Mantiqueira.",
          "Digite seu e-mail", "Cadastrar"],
}
NEWSLETTER_SMALL = "Ao se cadastrar, você concorda com a Política de Privacidade. É possível cancelar a qualquer momento."
APPEAL = {
    "A": ["O Diário da Mantiqueira precisa de você",
          "Não recebemos verba de prefeituras nem de governos. Quem mantém a redação na rua, cobrindo as 39 cidades da região, são leitores como você.",
          "Já são {n} apoiadores. Meta do mês: 2.000",
          "R$ 10 | R$ 25 | R$ 50 | Outro valor",
          "Apoie com Pix ou cartão"],
    "B": ["Gostou desta reportagem?",
          "Ajude a manter o jornalismo local independente no Vale do Paraíba. Qualquer valor faz diferença.",
          "{n} leitores já apoiam o Diário - faltam {falta} para a meta do mês",
          "R$ 10 | R$ 25 | R$ 50 | Outro valor",
          "Quero apoiar"],
}
CAMPAIGN_PAGES = (3, 4, 5, 6, 7)
CAMPAIGN = ["Diário 30 anos: torne-se apoiador fundador e tenha seu nome no mural da redação",
            "{k} de 500 apoiadores fundadores"]
PAYWALL = ["Você já leu {k} de 5 reportagens gratuitas neste mês.",
           "Assine o Diário por R$ 1,90 no primeiro mês. Já é assinante? Entre"]
SOCIAL = "Siga o Diário da Mantiqueira no Instagram, no Facebook e no Google Notícias"
APP = "Baixe o app do Diário e receba alertas das notícias da sua cidade. Grátis para Android e iPhone."
COMMENT_RULES = "Os comentários são de responsabilidade de seus autores e não representam a opinião do Diário. Mensagens ofensivas serão removidas."
RELATED_HEAD = ["Mais lidas", "Veja também"]
RELATED_POOL = [
    "Homem morre atingido por árvore durante ventania em Taubaté",
    "Festival de food trucks ocupa o Parque Vicentina Aranha neste fim de semana",
    "PAT de São José tem 412 vagas de emprego nesta semana",
    "Motociclista fica ferido em acidente na rodovia dos Tamoios",
    "Câmara de Jacareí aprova reajuste de 4,5% para servidores",
    "Feira do Livro de Pinda terá 60 estandes e entrada gratuita",
    "Frente fria derruba temperaturas em Campos do Jordão",
    "Ressaca interdita trecho da orla em Caraguatatuba",
]
ERRATA = "Encontrou um erro? Avise a redação"
FOOTER = "Quem somos | Expediente | Anuncie | Fale com a redação | Trabalhe conosco | Política de privacidade"
LEGAL = [
    "© 2024 Diário da Mantiqueira Comunicação Ltda. Todos os direitos reservados.",
    "É proibida a reprodução do conteúdo deste site em qualquer meio, eletrônico ou impresso, sem autorização escrita.",
]


def build(p, art, body, span):
    r = rng(SITE, p)
    sec = art["section"]
    head = []
    cookie = [m("cookie", c) for c in COOKIE]
    cookie_top = p % 5 == 0
    if cookie_top:
        head += cookie
    head.append(m("navigation", MENU))
    if p in CAMPAIGN_PAGES:
        k = running(SITE, "fundadores", 377, p - 3, 4, 13)
        head += [m("appeal", CAMPAIGN[0]), m("appeal", CAMPAIGN[1].format(k=k))]
    head.append(m("navigation", f"Início › {SECTION_NAMES[sec]}"))

    inserts = []
    w = nwords(body)
    top = []
    if p % 4 != 2:
        top.append(m("share", SHARE))
    top.append(m("ui", f"Tempo de leitura: {max(2, round(w / 200))} min"))
    if p % 2 == 0:
        top.append(m("ui", "A- A+"))
    if p % 3 != 1:
        secs = int(w / 2.5)
        top.append(m("audio", f"Ouvir esta notícia ({secs // 60}:{secs % 60:02d})"))
    inserts.append((3, top))  # after title, linha fina, byline

    # ad slots
    pub = "Publicidade" if p % 2 == 0 else "Continua após a publicidade"
    inserts.append((near(4, body, span, 4), [m("ad", pub)]))
    other = ALL[(p + 7) % len(ALL)]["lines"][0]
    leia = [m("related", f"Leia também: {other}")]
    pos_leia = near(5 + p % 2, body, span, 5)
    inserts.append((pos_leia, leia))
    nl_mid = p % 4 in (0, 1)
    nl = [m("newsletter", x) for x in NEWSLETTER["A" if p % 8 < 4 else "B"]] + [m("newsletter", NEWSLETTER_SMALL)]
    mid = []
    if p % 2 == 0:
        mid.append(m("social", WHATSAPP))
    if nl_mid:
        mid += nl
    if p % 3 == 0:
        mid.append(m("ad", "Publicidade"))
    if mid:
        pos_mid = near(int(len(body) * 0.7), body, span, 6)
        if pos_mid == pos_leia:
            pos_mid = min(len(body) - 1, pos_mid + 1) if (pos_mid + 1) < len(body) else pos_mid
        inserts.append((pos_mid, mid))

    main = weave(body, inserts)

    blocks = {}
    blocks["errata"] = [m("ui", ERRATA)]
    blocks["tags"] = [m("navigation", "Assuntos: " + " · ".join(art["tags"]))]
    if p % 4 == 2:
        blocks["share"] = [m("share", SHARE)]
    n = running(SITE, "apoiadores", 1212, p, 3, 17)
    ap = "A" if p % 3 != 2 else "B"
    blocks["appeal"] = [m("appeal", x.format(n=dots(n), falta=dots(2000 - n))) for x in APPEAL[ap]]
    if not nl_mid:
        blocks["newsletter"] = nl
    if p % 5 == 3:
        blocks["paywall"] = [m("paywall", PAYWALL[0].format(k=2 + p % 3)), m("paywall", PAYWALL[1])]
    blocks["social"] = [m("social", SOCIAL)]
    head_rel = RELATED_HEAD[0] if p % 2 == 0 else RELATED_HEAD[1]
    blocks["related"] = [m("related", head_rel)] + [m("related", h) for h in rotate(RELATED_POOL, p, 4, 3)]
    if p not in (3, 16):
        c = r.choice([0, 1, 3, 4, 6, 8, 11, 15, 22, 38])
        blocks["comments"] = [m("comments", "Seja o primeiro a comentar" if c == 0 else f"Comentários ({c})"),
                              m("comments", COMMENT_RULES)]
    if p % 3 != 0:
        blocks["app"] = [m("app", APP)]
    blocks["footer"] = [m("navigation", FOOTER)]
    blocks["legal"] = [m("legal", x) for x in LEGAL]
    if not cookie_top:
        blocks["cookie"] = cookie

    orders = [
        ["errata", "tags", "share", "appeal", "newsletter", "related", "comments", "paywall", "social", "app", "footer", "legal", "cookie"],
        ["tags", "errata", "share", "related", "appeal", "social", "newsletter", "comments", "app", "paywall", "footer", "legal", "cookie"],
        ["errata", "share", "appeal", "tags", "comments", "newsletter", "related", "social", "app", "footer", "paywall", "legal", "cookie"],
        ["tags", "share", "newsletter", "appeal", "related", "social", "app", "comments", "footer", "legal", "cookie", "paywall"],
    ]
    tail = []
    for name in orders[p % 4]:
        tail += blocks.get(name, [])
    return head + main + tail


ALL = []
