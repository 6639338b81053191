# expect: clean
"""RMTPP neural point process (GRU over event types and inter-event times).
A standard phase loop with set_grad_enabled(phase == 'train')."""
import torch
import torch.nn as nn


class RMTPP(nn.Module):
    def __init__(self, n_types=4, h=8):
        super().__init__()
        self.emb = nn.Embedding(n_types, h)
        self.rnn = nn.GRU(h + 1, h, batch_first=True)
        self.type_head = nn.Linear(h, n_types)
        self.v = nn.Linear(h, 1)
        self.w = nn.Parameter(torch.tensor(0.1))

    def forward(self, types, dts):
        h = self.rnn(torch.cat([self.emb(types), dts.unsqueeze(-1)], -1))[0]
        return self.type_head(h), self.v(h).squeeze(-1)

    def nll(self, types, dts):
        logits, past = self(types[:, :-1], dts[:, :-1])
        dt = dts[:, 1:]
        w = self.w
        ll_time = past + w * dt + (torch.exp(past) - torch.exp(past + w * dt)) / w
        ce = nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), types[:, 1:].reshape(-1))
        return ce - ll_time.mean()


def loaders():
    return {ph: [(torch.randint(0, 4, (3, 6)), torch.rand(3, 6)) for _ in range(2)] for ph in ("train", "valid")}


torch.manual_seed(0)
model = RMTPP()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
data = loaders()
for epoch in range(2):
    for phase in ("train", "valid"):
        model.train() if phase == "train" else model.eval()
        total = 0.0
        for types, dts in data[phase]:
            with torch.set_grad_enabled(phase == "train"):
                loss = model.nll(types, dts)
                if phase == "train":
                    opt.zero_grad()
                    loss.backward()
                    opt.step()
            total += loss.item()
        print(epoch, phase, round(total, 3))
