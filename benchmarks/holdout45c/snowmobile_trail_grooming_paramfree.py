# expect: clean
"""Snowmobile trail grooming: groomer GPS/snow-depth logs per trail segment -> needs regrooming tonight?

Fine-tuning recipe: the encoder's stochastic layers are switched off ("deterministic encoder")
while the trail-type embedding and the classifier keep learning.
"""
import torch
from torch import nn


class TrailModel(nn.Module):
    def __init__(self, n_trails=5, hidden=8):
        super().__init__()
        self.trail_emb = nn.Embedding(n_trails, 3)
        self.encoder = nn.ModuleDict({
            "drop": nn.Dropout(0.2),
            "rnn": nn.GRU(4 + 3, hidden, batch_first=True),
        })
        self.classifier = nn.Linear(hidden, 2)

    def forward(self, logs, trail_id):
        e = self.trail_emb(trail_id)[:, None, :].expand(-1, logs.shape[1], -1)
        z = self.encoder["drop"](torch.cat([logs, e], dim=-1))
        h, _ = self.encoder["rnn"](z)
        return self.classifier(h[:, -1])


def deterministic_encoder(model):
    for name, module in model.named_modules():
        # only parameter-free layers (dropout): the GRU itself keeps training
        if name.startswith("encoder.") and not any(True for _ in module.parameters()):
            module.eval()


def segments(n, seed):
    g = torch.Generator().manual_seed(seed)
    logs = torch.randn(n, 8, 4, generator=g)
    trail = torch.randint(0, 5, (n,), generator=g)
    y = ((logs[:, :, 1].mean(1) + 0.2 * trail) > 0.4).long()
    return logs, trail, y


def train_epoch(model, opt, data):
    logs, trail, y = data
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(logs, trail), y)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(6)
    model = TrailModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    data = segments(8, 0)
    print("pretrain", round(train_epoch(model, opt, data), 4))
    deterministic_encoder(model)
    for epoch in range(2):
        print("finetune", epoch, round(train_epoch(model, opt, data), 4))


if __name__ == "__main__":
    main()
