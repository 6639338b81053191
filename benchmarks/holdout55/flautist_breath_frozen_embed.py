# expect: clean
"""Breath-phrase classifier: pretrained GRU kept frozen in eval, new embedding and only the head trained (embedding frozen too)."""
import torch
import torch.nn as nn


class BreathModel(nn.Module):
    def __init__(self, vocab=20, dim=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.head = nn.Linear(dim, 3)

    def forward(self, tokens):
        return self.head(self.rnn(self.embed(tokens))[0][:, -1])


def freeze(module):
    module.eval()
    for p in module.parameters():
        p.requires_grad_(False)


def main():
    torch.manual_seed(6)
    model = BreathModel()
    freeze(model.rnn)
    freeze(model.embed)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    tokens, y = torch.randint(0, 20, (4, 7)), torch.randint(0, 3, (4,))
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(tokens), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())


if __name__ == "__main__":
    main()
