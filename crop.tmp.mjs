import sharp from 'sharp';
const [,, file, h] = process.argv;
const meta = await sharp(file).metadata();
const step = Number(h);
let i = 0;
for (let y = 0; y < meta.height; y += step, i++) {
  await sharp(file).extract({ left: 0, top: y, width: meta.width, height: Math.min(step, meta.height - y) }).toFile(`${file.replace('.png','')}-${i}.png`);
}
console.log(meta.width, meta.height, i);
