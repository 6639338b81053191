# expect: clean
"""Gradient-similarity check with torch.func.grad on a chord model unrolled with a GRUCell."""
import torch
import torch.nn as nn
from torch.func import grad, functional_call


class ChordCellModel(nn.Module):
    def __init__(self, chroma=12, hidden=8, chords=5):
        super().__init__()
        self.cell = nn.GRUCell(chroma, hidden)
        self.out = nn.Linear(hidden, chords)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        outs = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
            outs.append(self.out(h))
        return torch.stack(outs, 1)


def chunk_loss(params, model, x, y):
    logits = functional_call(model, params, (x,))
    return nn.functional.cross_entropy(logits.flatten(0, 1), y.flatten())


def main():
    torch.manual_seed(0)
    model = ChordCellModel().eval()
    params = {k: v.detach() for k, v in model.named_parameters()}
    chunks = [(torch.rand(2, 8, 12), torch.randint(0, 5, (2, 8))) for _ in range(2)]
    grads = [grad(chunk_loss)(params, model, x, y) for x, y in chunks]
    flat = [torch.cat([g.flatten() for g in gd.values()]) for gd in grads]
    print("cosine", float(nn.functional.cosine_similarity(flat[0], flat[1], dim=0)))


if __name__ == "__main__":
    main()
