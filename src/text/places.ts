/**
 * Place names, whole: about 80,000 cities (cities-list) and the world's
 * regions, states and provinces (country-region-data), compared without case
 * or diacritics. A mention is looked up as a phrase ("Buenos Aires", "Santa
 * Cruz", "Tizi Ouzou"), never a word at a time, so that a two-word town is
 * not a person's first name and surname. Loaded once per process, on first use.
 */
import {cachedText} from '../cache.js'
import {fold} from '../names/fold.js'
import {packageData, packageVersion} from '../package-data.js'
import {WordList} from './word-list.js'

let places: WordList | undefined

export function isPlaceName(text: string): boolean {
  places ??= new WordList(cachedText(['places', `cities-list-${packageVersion('cities-list')}`, `country-region-data-${packageVersion('country-region-data')}`], () => WordList.join([...cities(), ...regions()].map(fold))))
  return places.has(fold(text))
}

function cities(): string[] {
  return Object.keys(packageData<Record<string, number>>('cities-list'))
}

/** Region names as listed, and each of their forms: "Navarra/Nafarroa", "Republic of Altai (Gorno-Altaysk)". */
function regions(): string[] {
  const countries = packageData<Array<{regions: Array<{name: string}>}>>('country-region-data/data.json')
  return countries.flatMap((country) => country.regions.flatMap((region) => region.name.split(/\s*[/()]\s*/).filter((name) => name.length > 1)))
}
