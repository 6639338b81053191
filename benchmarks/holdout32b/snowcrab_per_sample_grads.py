# expect: crash
"""Snow-crab pot catch: gradient-based data pruning (per-pot gradient norms via torch.func)."""
import torch
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class PotSoakModel(nn.Module):
    def __init__(self, n_feat=5, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_feat, hidden, batch_first=True, nonlinearity="tanh")
        self.catch = nn.Linear(hidden, 1)

    def forward(self, soak):
        h, _ = self.rnn(soak)
        return self.catch(h[:, -1]).squeeze(-1)


def pot_table(n=8, days=4):
    soak = torch.randn(n, days, 5)
    catch = soak[:, :, 1].sum(1) + 0.1 * torch.randn(n)
    return {"soak": soak, "catch": catch}


def make_loss(model):
    def loss_one(params, buffers, soak, catch):
        pred = functional_call(model, (params, buffers), (soak.unsqueeze(0),))
        return (pred - catch.unsqueeze(0)).pow(2).mean()
    return loss_one


def grad_norms(model, table):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = dict(model.named_buffers())
    loss_one = make_loss(model)
    norms = []
    for i in range(table["soak"].shape[0]):
        g = grad(loss_one)(params, buffers, table["soak"][i], table["catch"][i])  # TM002-here
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())))
    return torch.stack(norms)


def prune(table, scores, keep=0.5):
    k = max(1, int(len(scores) * keep))
    idx = scores.argsort(descending=True)[:k]
    return {name: col[idx] for name, col in table.items()}


def train(model, table, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(epochs):
        loss = (model(table["soak"]) - table["catch"]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    model = PotSoakModel()
    table = pot_table()
    train(model, table, epochs=1)
    scores = grad_norms(model, table)
    kept = prune(table, scores)
    print("kept", kept["soak"].shape[0], "loss", train(model, kept))
