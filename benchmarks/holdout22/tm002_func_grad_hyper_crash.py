# expect: crash
"""Per-task gradient for a chord-transcription GRU computed functionally (torch.func.grad).

Used for a gradient-similarity check between two training chunks.
"""
import torch
import torch.nn as nn
from torch.func import grad, functional_call


class ChordGRU(nn.Module):
    def __init__(self, chroma=12, hidden=8, chords=5):
        super().__init__()
        self.gru = nn.GRU(chroma, hidden, batch_first=True)
        self.out = nn.Linear(hidden, chords)

    def forward(self, x):
        return self.out(self.gru(x)[0])


def chunk_loss(params, model, x, y):
    logits = functional_call(model, params, (x,))
    return nn.functional.cross_entropy(logits.flatten(0, 1), y.flatten())


def main():
    torch.manual_seed(0)
    model = ChordGRU()
    params = {k: v.detach() for k, v in model.named_parameters()}
    chunks = [(torch.rand(2, 8, 12), torch.randint(0, 5, (2, 8))) for _ in range(2)]
    grads = [grad(chunk_loss)(params, model, x, y) for x, y in chunks]  # TM002-here
    flat = [torch.cat([g.flatten() for g in gd.values()]) for gd in grads]
    print("cosine", float(nn.functional.cosine_similarity(flat[0], flat[1], dim=0)))


if __name__ == "__main__":
    main()
