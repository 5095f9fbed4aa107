#!/usr/bin/python3
"""Crops the PyRadiomics brain1/brain2 test cases (image + label 1) to the label's bounding box and writes them as
plain text, so the texture tests need neither the 2 MB NRRD files nor an NRRD reader.

Usage (Debian python3 + python3-numpy):  ./make_roi_fixtures.py <folder with brainN_image.nrrd / brainN_label.nrrd>
Output: brainN_roi.txt.gz (gzip text) in the current folder:
  size NX NY NZ / spacing SX SY SZ / 'image' + NZ*NY lines of NX intensities / 'mask' + NZ*NY lines of NX 0|1
(x fastest, then y, then z: the NRRD / SimpleITK index order).
"""
import gzip
import sys

import numpy as np

TYPES = {'short': '<i2', 'int': '<i4'}


def read_nrrd(path):
    raw = open(path, 'rb').read()
    head, _, data = raw.partition(b'\n\n')
    fields = {}
    for line in head.decode('ascii').splitlines()[1:]:
        if line.startswith('#') or ':' not in line:
            continue
        k, v = line.split(':', 1)
        fields[k.strip()] = v.strip()
    assert fields['encoding'] == 'gzip' and fields['endian'] == 'little', fields
    sizes = [int(s) for s in fields['sizes'].split()]
    arr = np.frombuffer(gzip.decompress(data), dtype=TYPES[fields['type']])
    dirs = [d.strip('()').split(',') for d in fields['space directions'].split()]
    spacing = [float(np.linalg.norm([float(c) for c in d])) for d in dirs]
    return arr.reshape(sizes[::-1]), spacing  # numpy order (z, y, x)


def main(folder):
    for case in ('brain1', 'brain2'):
        img, spacing = read_nrrd(f'{folder}/{case}_image.nrrd')
        lab, _ = read_nrrd(f'{folder}/{case}_label.nrrd')
        mask = lab == 1
        zz, yy, xx = np.nonzero(mask)
        sl = (slice(zz.min(), zz.max() + 1), slice(yy.min(), yy.max() + 1), slice(xx.min(), xx.max() + 1))
        ci, cm = img[sl], mask[sl].astype(int)
        nz, ny, nx = ci.shape
        with gzip.open(f"{case}_roi.txt.gz", "wt", compresslevel=9) as out:
            out.write(f'# {case}: PyRadiomics test case cropped to the label-1 bounding box '
                      f'(x,y,z start {xx.min()},{yy.min()},{zz.min()}); {int(cm.sum())} ROI voxels\n')
            out.write(f'size {nx} {ny} {nz}\n')
            out.write('spacing ' + ' '.join(repr(s) for s in spacing) + '\n')
            for name, a in (('image', ci), ('mask', cm)):
                out.write(name + '\n')
                for z in range(nz):
                    for y in range(ny):
                        out.write(' '.join(str(int(v)) for v in a[z, y]) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
