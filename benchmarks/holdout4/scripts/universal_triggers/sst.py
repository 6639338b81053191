# expect: clean
"""Universal adversarial triggers against an LSTM sentiment model (SST-like synthetic data)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

import utils


class LstmClassifier(nn.Module):
    def __init__(self, vocab=40, dim=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, dim, num_layers=2, batch_first=True, dropout=0.0)
        self.linear = nn.Linear(dim, 2)

    def forward(self, tokens):
        return self.linear(self.encoder(self.embedding(tokens))[0][:, -1])


def accuracy(model, data, trigger):
    model.eval()
    with torch.no_grad():
        hits = [(model(torch.cat([trigger.expand(x.size(0), -1), x], 1)).argmax(1) == y).float().mean() for x, y in data]
    return torch.stack(hits).mean().item()


def main():
    torch.manual_seed(0)
    model = LstmClassifier()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    data = [(torch.randint(3, 40, (4, 8)), torch.randint(0, 2, (4,))) for _ in range(3)]
    for x, y in data:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()

    handle = utils.add_hooks(model)
    trigger = torch.tensor([1, 1, 1])
    print("acc before", accuracy(model, data, trigger))
    for batch in data[:2]:
        averaged_grad = utils.get_average_grad(model, batch, trigger, target_label=0)
        candidates = utils.hotflip_attack(averaged_grad, model.embedding.weight.detach())
        trigger = candidates[:, 0]
        print("trigger", trigger.tolist(), "acc", accuracy(model, data, trigger))
    handle.remove()


if __name__ == "__main__":
    main()
