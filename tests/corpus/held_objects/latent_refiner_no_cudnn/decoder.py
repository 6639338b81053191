import torch
import torch.nn as nn


class MelodyDecoder(nn.Module):
    def __init__(self, latent=6, hidden=8, notes=12):
        super().__init__()
        self.inp = nn.Linear(latent, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, notes)

    def nll(self, z, notes):
        steps = self.inp(z).unsqueeze(1).expand(-1, notes.size(1), -1)
        logits = self.out(self.gru(steps)[0])
        return nn.functional.cross_entropy(logits.flatten(0, 1), notes.flatten())


def decoder_objective(decoder):
    def objective(codes, notes):
        return decoder.nll(codes[0], notes)
    return objective
