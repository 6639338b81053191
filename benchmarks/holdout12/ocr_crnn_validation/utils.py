import torch


class CTCLabelConverter:
    def __init__(self, character):
        self.character = ["[CTCblank]"] + list(character)

    def decode(self, index):
        out = []
        for row in index.tolist():
            chars = [self.character[i] for j, i in enumerate(row) if i != 0 and (j == 0 or row[j - 1] != i)]
            out.append("".join(chars))
        return out


class Averager:
    def __init__(self):
        self.reset()

    def add(self, v):
        self.sum += float(v.detach())
        self.n += 1

    def val(self):
        return self.sum / max(self.n, 1)

    def reset(self):
        self.sum, self.n = 0.0, 0


def make_batch(opt, converter):
    image = torch.randn(opt.batch_size, 1, opt.imgH, opt.imgW)
    length = torch.full((opt.batch_size,), 3, dtype=torch.long)
    text = torch.randint(1, len(converter.character), (opt.batch_size, 3))
    return image, text, length
