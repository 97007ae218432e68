// Where the keyless providers answer by default: the runtime probes them before it loads either provider.
export const WIKIPEDIA_DEFAULT_URL = 'https://en.wikipedia.org/w/api.php';
export const GDELT_DEFAULT_URL = 'https://api.gdeltproject.org/api/v2/doc/doc';
