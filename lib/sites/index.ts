import { embassyIndia } from './embassy-india';
import { embrussia } from './embrussia';
import { generic } from './generic';
import { midRu } from './mid-ru';
import { midRuEmbassy } from './mid-ru-embassy';
import { midRuLegacy } from './mid-ru-legacy';
import { rusembUk } from './rusemb-uk';
import type { SiteAdapter } from './site-adapter';

/** The site adapters, tried in order on pages whose URL they match; `generic` is the fallback. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [midRu, midRuLegacy, midRuEmbassy, embassyIndia, rusembUk, embrussia];

export const GENERIC_ADAPTER = generic;

/** Every adapter, the generic one last. */
export const ALL_ADAPTERS: readonly SiteAdapter[] = [...SITE_ADAPTERS, generic];
