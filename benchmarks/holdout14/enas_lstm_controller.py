# expect: crash
"""ENAS-style: an LSTM controller samples child architectures; derive() picks the best arch with the controller
in eval; the REINFORCE step on the controller follows."""
import torch
import torch.nn as nn
import torch.nn.functional as F

OPS = ["conv3", "conv5", "maxpool", "identity"]


class Controller(nn.Module):
    def __init__(self, num_blocks=3, hid=10):
        super().__init__()
        self.num_blocks = num_blocks
        self.embed = nn.Embedding(len(OPS) + 1, hid)
        self.lstm = nn.LSTM(hid, hid, batch_first=True)
        self.decoder = nn.Linear(hid, len(OPS))

    def sample(self, with_details=False):
        inp = torch.full((1, 1), len(OPS), dtype=torch.long)
        hidden, actions, log_probs, entropies = None, [], [], []
        for _ in range(self.num_blocks):
            out, hidden = self.lstm(self.embed(inp), hidden)
            logits = self.decoder(out[:, -1]) / 5.0
            probs = F.softmax(logits, -1)
            action = probs.multinomial(1)
            log_probs.append(F.log_softmax(logits, -1).gather(1, action))
            entropies.append(-(probs * probs.log()).sum())
            actions.append(action.item())
            inp = action
        if with_details:
            return actions, torch.cat(log_probs), torch.stack(entropies)
        return actions


class SharedChild(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleDict({op: nn.Linear(6, 6) for op in OPS})
        self.head = nn.Linear(6, 2)

    def forward(self, x, arch):
        for a in arch:
            x = torch.relu(self.layers[OPS[a]](x))
        return self.head(x)


class Trainer:
    def __init__(self):
        self.controller = Controller()
        self.shared = SharedChild()
        self.controller_optim = torch.optim.Adam(self.controller.parameters(), lr=3.5e-4)
        self.shared_optim = torch.optim.SGD(self.shared.parameters(), lr=0.05)
        self.baseline = None
        self.x, self.y = torch.randn(16, 6), torch.randint(0, 2, (16,))

    def train_shared(self, steps=2):
        self.shared.train()
        for _ in range(steps):
            with torch.no_grad():
                arch = self.controller.sample()
            loss = F.cross_entropy(self.shared(self.x, arch), self.y)
            self.shared_optim.zero_grad(); loss.backward(); self.shared_optim.step()

    def get_reward(self, arch):
        with torch.no_grad():
            return (self.shared(self.x, arch).argmax(-1) == self.y).float().mean().item()

    def train_controller(self, steps=3):
        self.shared.eval()
        for _ in range(steps):
            arch, log_probs, entropies = self.controller.sample(with_details=True)
            reward = self.get_reward(arch) + 1e-4 * entropies.sum().item()
            self.baseline = reward if self.baseline is None else 0.95 * self.baseline + 0.05 * reward
            loss = -(log_probs.sum() * (reward - self.baseline))
            self.controller_optim.zero_grad()
            loss.backward()  # TM001-here
            self.controller_optim.step()

    def derive(self, sample_num=4):
        self.controller.eval()
        archs = [self.controller.sample() for _ in range(sample_num)]
        return max(archs, key=self.get_reward)

    def train(self, epochs=2):
        for epoch in range(epochs):
            self.train_shared()
            self.train_controller()
            print(epoch, "best arch", self.derive())


Trainer().train()
