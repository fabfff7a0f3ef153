# Background paragraphs of running series (ARTICLE text, repeated on purpose).
BG = {
 'harbour-ledger': {
  'BG1': "The standoff began Dec. 1, when members of the Wescott Harbor Fishermen's Co-op voted 87-12 to stop landing lobster at Atlantic Shore Seafood's wharf after the dealer cut its boat price to $4.10 a pound, the lowest December price in the harbor in more than a decade.",
  'BG2': "Atlantic Shore Seafood, owned since 2021 by a New Brunswick processing group, buys roughly two-thirds of the lobster landed in Wescott Harbor and employs 40 people at its wharf and holding pound.",
  'BG2b': "Atlantic Shore Seafood, owned since 2021 by a New Brunswick processing group, buys roughly two-thirds of the lobster landed in Wescott Harbor and employs 31 people at its wharf and holding pound.",
  'HOW': "How we got here",
 },
 'habari-pwani': {
  'BG1': "Ujenzi wa Bwawa la Mwambao, unaogharimu shilingi bilioni 18.4, ulianza Machi 2024 na unatarajiwa kusambaza maji kwa zaidi ya wakazi 800,000 wa kaunti za Kwale na Mombasa utakapokamilika.",
  'BG1b': "Ujenzi wa Bwawa la Mwambao, unaogharimu shilingi bilioni 19.1, ulianza Machi 2024 na unatarajiwa kusambaza maji kwa zaidi ya wakazi 800,000 wa kaunti za Kwale na Mombasa utakapokamilika.",
  'BG2': "Zaidi ya familia 1,300 kutoka vijiji vya Mwamanga, Bofu na Chigato zililazimika kuhama ili kupisha mradi huo, lakini wengi wao wanasema bado hawajalipwa fidia kamili na serikali.",
  'HOW': "Historia ya mradi",
 },
 'balita-ngayon': {
  'BG1': "Nagsimula ang tigil-pasada noong Pebrero 2 matapos tanggihan ng Land Transportation Franchising and Regulatory Board (LTFRB) ang hiling ng STOK na muling palawigin ang deadline ng konsolidasyon ng mga prangkisa sa ilalim ng PUV Modernization Program.",
  'BG2': "Ayon sa grupo, aabot sa 38,000 tsuper at operator sa Metro Manila ang mawawalan ng hanapbuhay kapag tuluyang ipinatupad ang programa, dahil hindi nila kayang bayaran ang modernong jeep na nagkakahalaga ng mahigit ₱2.4 milyon bawat isa.",
  'BG2b': "Ayon sa grupo, aabot sa 40,000 tsuper at operator sa Metro Manila ang mawawalan ng hanapbuhay kapag tuluyang ipinatupad ang programa, dahil hindi nila kayang bayaran ang modernong jeep na nagkakahalaga ng mahigit ₱2.4 milyon bawat isa.",
  'HOW': "Ugat ng protesta",
 },
}
