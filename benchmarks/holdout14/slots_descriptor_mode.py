# expect: crash
"""`__slots__` agent for a POMDP gridworld whose `mode` is a data descriptor: setting `brain.mode = "act"` puts every
module held in a namedtuple into eval; the A2C update assigns `brain.mode = "learn"`, which the descriptor maps to
train() only for the modules listed as trainable — and the recurrent encoder is not in that list."""
from collections import namedtuple
import torch
import torch.nn as nn

Modules = namedtuple("Modules", "enc pi v")


class ModeDescriptor:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)
        if value == "act":
            for m in obj.modules:
                m.eval()
        else:
            for name in obj.trainable:
                getattr(obj.modules, name).train()


class Brain:
    __slots__ = ("modules", "trainable", "opt", "_mode")
    mode = ModeDescriptor()

    def __init__(self):
        self.modules = Modules(enc=nn.GRU(5, 8, batch_first=True), pi=nn.Linear(8, 3), v=nn.Linear(8, 1))
        self.trainable = ("pi", "v")
        self.opt = torch.optim.RMSprop([p for m in self.modules for p in m.parameters()], lr=7e-4)
        self._mode = "learn"

    def features(self, obs):
        return self.modules.enc(obs)[0]


def collect(brain, T=6):
    brain.mode = "act"
    obs = torch.randn(2, T, 5)
    with torch.no_grad():
        acts = torch.distributions.Categorical(logits=brain.modules.pi(brain.features(obs))).sample()
    return obs, acts, torch.randn(2, T)


def a2c_update(brain, obs, acts, returns):
    brain.mode = "learn"
    h = brain.features(obs)
    dist = torch.distributions.Categorical(logits=brain.modules.pi(h))
    adv = returns - brain.modules.v(h).squeeze(-1)
    loss = -(dist.log_prob(acts) * adv.detach()).mean() + 0.5 * adv.pow(2).mean() - 0.01 * dist.entropy().mean()
    brain.opt.zero_grad()
    loss.backward()  # TM001-here
    brain.opt.step()
    return loss.item()


brain = Brain()
for it in range(2):
    print(it, a2c_update(brain, *collect(brain)))
