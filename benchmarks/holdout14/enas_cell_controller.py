# expect: clean
"""ENAS as published: the controller uses an LSTMCell stepped by hand; sampling with the controller in eval and the
REINFORCE update that follows are both fine on cuDNN (Cell kernels)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Controller(nn.Module):
    def __init__(self, n_ops=5, hid=12, num_nodes=4):
        super().__init__()
        self.num_nodes = num_nodes
        self.encoder = nn.Embedding(n_ops + 1, hid)
        self.lstm = nn.LSTMCell(hid, hid)
        self.decoders = nn.ModuleList([nn.Linear(hid, n_ops) for _ in range(num_nodes)])
        self.start = n_ops

    def forward(self, inputs, hidden, block_idx):
        hx, cx = self.lstm(self.encoder(inputs), hidden)
        return self.decoders[block_idx](hx), (hx, cx)

    def sample(self):
        inputs = torch.tensor([self.start])
        hidden = (torch.zeros(1, 12), torch.zeros(1, 12))
        log_probs, actions = [], []
        for b in range(self.num_nodes):
            logits, hidden = self(inputs, hidden, b)
            dist = torch.distributions.Categorical(logits=logits)
            a = dist.sample()
            log_probs.append(dist.log_prob(a)); actions.append(a.item())
            inputs = a
        return actions, torch.stack(log_probs)


controller = Controller()
controller.eval()
optim = torch.optim.Adam(controller.parameters(), lr=1e-3)
baseline = 0.0
for step in range(5):
    actions, log_probs = controller.sample()
    reward = sum(actions) / 20.0
    baseline = 0.9 * baseline + 0.1 * reward
    loss = -(log_probs.sum() * (reward - baseline))
    optim.zero_grad(); loss.backward(); optim.step()
print("controller steps done")
