/*
 * Orders version pairs with apk-tools' own apk_version_validate / apk_version_compare.
 * Usage: apk_compare < pairs   (lines "a<TAB>b"; prints "a<TAB>b<TAB><|=|>", and
 * "#invalid<TAB>v" once for each string apk rejects).
 *
 * This file holds no apk-tools code and does not build alone: compile it beside apk-tools'
 * src/version.c and the few helpers that file calls (see README.md, "What produces each file").
 * Two kinds of string are left out on purpose, because CXRay differs from apk on them by design
 * (docs/versions.md): numbers of 20 or more digits, which apk reads into a uint64_t that wraps,
 * and bytes above 0x7f, which apk's character table counts as hex digits and suffix letters.
 */
#include <stdio.h>
#include <string.h>

#include "apk_version.h"

#define MAX_SEEN 100000

static char *seen[MAX_SEEN];
static int seen_count;

static int left_out(const char *v)
{
	int run = 0;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		if (*p > 0x7f) return 1;
		run = (*p >= '0' && *p <= '9') ? run + 1 : 0;
		if (run >= 20) return 1;
	}
	return 0;
}

static int valid(char *v)
{
	apk_blob_t blob = APK_BLOB_PTR_LEN(v, (long)strlen(v));
	if (apk_version_validate(blob)) return 1;
	for (int i = 0; i < seen_count; i++)
		if (strcmp(seen[i], v) == 0) return 0;
	if (seen_count < MAX_SEEN) seen[seen_count++] = strdup(v);
	printf("#invalid\t%s\n", v);
	return 0;
}

int main(void)
{
	static char line[8192];
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\n")] = 0;
		char *tab = strchr(line, '\t');
		if (tab == NULL) continue;
		*tab = 0;
		char *a = line, *b = tab + 1;
		if (left_out(a) || left_out(b)) continue;
		int va = valid(a), vb = valid(b);
		if (!va || !vb) continue;
		int r = apk_version_compare(APK_BLOB_PTR_LEN(a, (long)strlen(a)),
					    APK_BLOB_PTR_LEN(b, (long)strlen(b)));
		const char *sign = r == APK_VERSION_LESS ? "<" : r == APK_VERSION_GREATER ? ">"
				 : r == APK_VERSION_EQUAL ? "=" : NULL;
		if (sign == NULL) {
			fprintf(stderr, "apk_version_compare(%s, %s) gave %d\n", a, b, r);
			return 1;
		}
		printf("%s\t%s\t%s\n", a, b, sign);
	}
	return 0;
}
