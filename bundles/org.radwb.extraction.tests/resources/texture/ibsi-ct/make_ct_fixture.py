#!/usr/bin/python3
"""Crops the IBSI-1 CT radiomics phantom (PAT1, GTV-1) to the GTV bounding box plus one voxel and writes it as gzipped text, so the
texture tests can check IBSI configuration A (2D, no interpolation) without a NIfTI reader.

Usage (Debian python3 + python3-numpy): ./make_ct_fixture.py <folder with image.nii.gz and mask.nii.gz>
Output: ct_phantom_gtv_roi.txt.gz with the layout of the brain fixtures:
  size NX NY NZ / spacing SX SY SZ / 'image' + NZ*NY lines of NX HU values (rounded to integers, as the IBSI manual
  prescribes for this phantom) / 'mask' + NZ*NY lines of NX 0|1 (NIfTI index order, i fastest; slices are k).
"""
import gzip
import struct
import sys

import numpy as np

TYPES = {2: 'u1', 4: '<i2', 8: '<i4', 16: '<f4', 64: '<f8'}


def read_nifti1(path):
    b = gzip.open(path).read()
    assert struct.unpack('<i', b[0:4])[0] == 348, 'not a little-endian NIfTI-1 file'
    dim = struct.unpack('<8h', b[40:56])
    datatype = struct.unpack('<h', b[70:72])[0]
    pixdim = struct.unpack('<8f', b[76:108])
    vox_offset = int(struct.unpack('<f', b[108:112])[0])
    slope, inter = struct.unpack('<2f', b[112:120])
    n = dim[1] * dim[2] * dim[3]
    dt = np.dtype(TYPES[datatype])
    a = np.frombuffer(b[vox_offset:vox_offset + n * dt.itemsize], dtype=dt).reshape(dim[3], dim[2], dim[1])
    a = a.astype(np.float64)
    if slope not in (0.0, 1.0) or inter != 0.0:
        a = a * (slope if slope != 0 else 1.0) + inter
    return a, [float(p) for p in pixdim[1:4]]


def main(folder):
    img, spacing = read_nifti1(f'{folder}/image.nii.gz')
    mask, _ = read_nifti1(f'{folder}/mask.nii.gz')
    m = mask > 0.5
    zz, yy, xx = np.nonzero(m)
    # one voxel of margin, so the tests can interpolate (configurations B-E) around the whole GTV
    z0, y0, x0 = zz.min() - 1, yy.min() - 1, xx.min() - 1
    sl = (slice(z0, zz.max() + 2), slice(y0, yy.max() + 2), slice(x0, xx.max() + 2))
    ci = np.rint(img[sl]).astype(int)
    cm = m[sl].astype(int)
    nz, ny, nx = ci.shape
    with gzip.open('ct_phantom_gtv_roi.txt.gz', 'wt', compresslevel=9) as out:
        out.write(f'# IBSI-1 CT radiomics phantom PAT1, GTV-1 bounding box + 1 voxel; {int(cm.sum())} GTV voxels; '
                  f'CC BY-NC 3.0, test data only\n')
        out.write(f'# image {img.shape[2]} {img.shape[1]} {img.shape[0]} crop start {x0} {y0} {z0}\n')
        out.write(f'size {nx} {ny} {nz}\n')
        out.write('spacing ' + ' '.join(repr(s) for s in spacing) + '\n')
        for name, a in (('image', ci), ('mask', cm)):
            out.write(name + '\n')
            for z in range(nz):
                for y in range(ny):
                    out.write(' '.join(str(int(v)) for v in a[z, y]) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
