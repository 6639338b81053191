import torch


class Translator:
    def __init__(self, model, bos=1, max_length=6):
        self.model = model
        self.bos = bos
        self.max_length = max_length

    @torch.no_grad()
    def translate(self, src):
        self.model.eval()
        ys = torch.full((src.size(0), 1), self.bos, dtype=torch.long)
        for _ in range(self.max_length):
            nxt = self.model(src, ys)[:, -1].argmax(-1, keepdim=True)
            ys = torch.cat([ys, nxt], dim=1)
        return ys
