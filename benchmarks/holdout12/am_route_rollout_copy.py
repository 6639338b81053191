# expect: clean
"""attention-learn-to-route style REINFORCE for TSP with a pointer network (LSTM encoder/decoder) and a greedy
rollout baseline that keeps its own deep copy of the policy (refreshed from state_dict) and evaluates that copy
greedily in eval mode."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class PointerNetwork(nn.Module):
    def __init__(self, embedding_dim=16, hidden_dim=16):
        super().__init__()
        self.embedding = nn.Linear(2, embedding_dim)
        self.encoder = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.decoder = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.W_ref = nn.Linear(hidden_dim, hidden_dim, bias=False)
        self.W_q = nn.Linear(hidden_dim, hidden_dim, bias=False)
        self.v = nn.Parameter(torch.randn(hidden_dim) * 0.1)
        self.decode_type = "sampling"

    def set_decode_type(self, decode_type):
        self.decode_type = decode_type

    def forward(self, loc):
        B, n, _ = loc.shape
        emb = self.embedding(loc)
        enc, state = self.encoder(emb)
        mask = torch.zeros(B, n, dtype=torch.bool)
        dec_in = emb.mean(1, keepdim=True)
        log_ps, tour = [], []
        for _ in range(n):
            q, state = self.decoder(dec_in, state)
            u = (torch.tanh(self.W_ref(enc) + self.W_q(q)) * self.v).sum(-1).masked_fill(mask, -1e9)
            log_p = F.log_softmax(u, -1)
            idx = log_p.argmax(-1) if self.decode_type == "greedy" else torch.multinomial(log_p.exp(), 1).squeeze(1)
            log_ps.append(log_p.gather(1, idx[:, None]).squeeze(1))
            tour.append(idx)
            mask = mask.scatter(1, idx[:, None], True)
            dec_in = emb.gather(1, idx[:, None, None].expand(-1, 1, emb.size(-1)))
        tour = torch.stack(tour, 1)
        ordered = loc.gather(1, tour[..., None].expand(-1, -1, 2))
        cost = (ordered - ordered.roll(-1, 1)).norm(dim=-1).sum(1)
        return cost, torch.stack(log_ps, 1).sum(1)


def rollout(model, dataset):
    model.eval()
    model.set_decode_type("greedy")
    with torch.no_grad():
        return model(dataset)[0]


class RolloutBaseline:
    def __init__(self, model):
        self.model = copy.deepcopy(model)

    def update(self, model):
        self.model.load_state_dict(model.state_dict())

    def epoch_callback(self, dataset):
        self.bl_vals = rollout(self.model, dataset)

    def eval(self, x, c):
        return self.bl_vals, 0


def train_epoch(model, optimizer, baseline, epoch, dataset):
    baseline.epoch_callback(dataset)
    model.set_decode_type("sampling")
    cost, log_likelihood = model(dataset)
    bl_val, bl_loss = baseline.eval(dataset, cost)
    reinforce_loss = ((cost - bl_val) * log_likelihood).mean()
    optimizer.zero_grad()
    (reinforce_loss + bl_loss).backward()
    optimizer.step()
    print(f"epoch {epoch}: cost {cost.mean().item():.3f}")


if __name__ == "__main__":
    torch.manual_seed(1234)
    model = PointerNetwork()
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
    baseline = RolloutBaseline(model)
    dataset = torch.rand(8, 6, 2)
    for epoch in range(2):
        train_epoch(model, optimizer, baseline, epoch, dataset)
        baseline.update(model)
