# expect: clean
"""Hogwild!/pytorch-a3c as published: ActorCritic with an LSTMCell; the shared model is put in eval by the test
worker and the train worker deep-copies it each round without calling train(). Workers are run in-process here
(torch.multiprocessing would fork them). LSTMCell never takes the cuDNN RNN path, so nothing breaks."""
import copy
import torch
import torch.multiprocessing as mp
import torch.nn as nn
import torch.nn.functional as F


class ActorCritic(nn.Module):
    def __init__(self, n_in=4, n_act=2):
        super().__init__()
        self.fc = nn.Linear(n_in, 16)
        self.lstm = nn.LSTMCell(16, 16)
        self.actor_linear, self.critic_linear = nn.Linear(16, n_act), nn.Linear(16, 1)

    def forward(self, inputs):
        x, (hx, cx) = inputs
        hx, cx = self.lstm(F.elu(self.fc(x)), (hx, cx))
        return self.critic_linear(hx), self.actor_linear(hx), (hx, cx)


def test_worker(shared_model, steps=4):
    shared_model.eval()
    hx = cx = torch.zeros(1, 16)
    with torch.no_grad():
        for _ in range(steps):
            _, logit, (hx, cx) = shared_model((torch.randn(1, 4), (hx, cx)))


def train_worker(rank, shared_model, optimizer, steps=5):
    torch.manual_seed(rank)
    model = copy.deepcopy(shared_model)
    hx = cx = torch.zeros(1, 16)
    loss = 0
    for _ in range(steps):
        v, logit, (hx, cx) = model((torch.randn(1, 4), (hx, cx)))
        logp = F.log_softmax(logit, -1)
        a = logp.exp().multinomial(1)
        loss = loss - logp.gather(1, a).sum() * (1.0 - v.detach().sum()) + (1.0 - v).pow(2).sum()
    optimizer.zero_grad()
    loss.backward()
    for p, sp in zip(model.parameters(), shared_model.parameters()):
        sp._grad = p.grad
    optimizer.step()


if __name__ == "__main__":
    shared = ActorCritic()
    shared.share_memory()
    opt = torch.optim.Adam(shared.parameters(), 1e-3)
    procs = [(test_worker, (shared,))] + [(train_worker, (r, shared, opt)) for r in (1, 2)]
    for target, args in procs:          # in-process stand-in for mp.Process(target=..., args=...).start()
        target(*args)
    print("hogwild ok", mp.get_start_method(allow_none=True))
