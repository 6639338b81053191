# expect: crash
# category: wrappers
"""Meta-test of a meta-trained LSTM: switch to eval (no dropout) and fine-tune on each task's support set."""
import torch
from torch import nn

torch.manual_seed(27)


class IntentNet(nn.Module):
    def __init__(self, vocab=50, dim=12, n_way=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, num_layers=2, dropout=0.3, batch_first=True)
        self.head = nn.Linear(dim, n_way)

    def forward(self, ids, params=None):
        out, _ = self.lstm(self.embed(ids))
        return self.head(out.mean(1))


def episode(n_way=3, k_shot=2, q=2):
    sx = torch.randint(0, 50, (n_way * k_shot, 6))
    qx = torch.randint(0, 50, (n_way * q, 6))
    return (sx, torch.arange(n_way).repeat_interleave(k_shot)), (qx, torch.arange(n_way).repeat_interleave(q))


def meta_test(learner, episodes, inner_steps=2, inner_lr=0.1):
    learner.eval()
    init = {k: v.clone() for k, v in learner.state_dict().items()}
    accs = []
    for (sx, sy), (qx, qy) in episodes:
        learner.load_state_dict(init)
        params = [p for p in learner.parameters() if p.requires_grad]
        for _ in range(inner_steps):
            loss = nn.functional.cross_entropy(learner(sx), sy)
            grads = torch.autograd.grad(loss, params)  # TM001-here
            with torch.no_grad():
                for p, g in zip(params, grads):
                    p.sub_(inner_lr * g)
        with torch.no_grad():
            accs.append((learner(qx).argmax(1) == qy).float().mean().item())
    return sum(accs) / len(accs)


learner = IntentNet()
opt = torch.optim.Adam(learner.parameters(), lr=1e-3)
for _ in range(3):  # a few (first-order, reptile-like) meta-training steps
    (sx, sy), (qx, qy) = episode()
    opt.zero_grad()
    nn.functional.cross_entropy(learner(torch.cat([sx, qx])), torch.cat([sy, qy])).backward()
    opt.step()
print("meta-test accuracy:", meta_test(learner, [episode() for _ in range(3)]))
