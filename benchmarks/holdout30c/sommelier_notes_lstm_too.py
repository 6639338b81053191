# expect: clean
"""Sommelier tasting notes: MC-dropout uncertainty on a note encoder, then a fine-tune on uncertain wines."""
import torch
from torch import nn

VOCAB, EMB, HID = 30, 6, 8


class NoteEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(EMB, HID, batch_first=True)
        self.score = nn.Linear(HID, 1)

    def forward(self, tokens):
        h, _ = self.lstm(self.drop(self.emb(tokens)))
        return self.score(self.drop(h[:, -1])).squeeze(-1)


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, (nn.Dropout, nn.LSTM)):
            m.train()


def mc_spread(model, tokens, passes=5):
    with torch.no_grad():
        return torch.stack([model(tokens) for _ in range(passes)]).std(0)


def main():
    torch.manual_seed(7)
    model = NoteEncoder()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    notes = torch.randint(0, VOCAB, (8, 5))
    points = torch.randn(8)
    enable_mc_dropout(model)
    spread = mc_spread(model, notes)
    pick = spread.argsort(descending=True)[:4]
    for _ in range(3):
        loss = nn.functional.mse_loss(model(notes[pick]), points[pick])
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("fine-tuned on", pick.tolist(), loss.item())


main()
