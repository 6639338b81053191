# expect: clean
"""Organ builder voicing: a GRU maps pipe-mouth measurements to pitch deviation.
The voicing wrapper marks itself as 'not training' by assigning the flag, which does not reach
its children, and then fine-tunes on a few voicing notes."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(9)


class PipeEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True, num_layers=2, dropout=0.1)

    def forward(self, x):
        return self.gru(x)[0][:, -1]


class VoicingModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = PipeEncoder()
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        return self.head(self.encoder(x))


def voice(model, notes, lr=0.02):
    model.training = False  # only the wrapper's flag; encoder stays in training mode
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in notes:
        loss = F.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    model = VoicingModel()
    notes = [(torch.randn(2, 5, 3), torch.randn(2, 1)) for _ in range(3)]
    print("final voicing loss", round(voice(model, notes), 4))
    print("encoder training:", model.encoder.training, "wrapper training:", model.training)


if __name__ == "__main__":
    main()
