# expect: clean
# R2D2 style with actor and learner sharing one online network: the actor sets eval() for acting, the learner's
# burn-in also runs in eval but under no_grad, and learner_step() calls online.train() before the training forward;
# the target copy stays in eval and is only used under no_grad.
import torch

from agent import Actor, Learner
from learner_step import step
from networks import R2D2Network

torch.manual_seed(0)
net = R2D2Network()
actor, learner = Actor(net, 3), Learner(net)
for it in range(4):
    obs = torch.randn(4, 10, 5)
    actions = actor.unroll(obs)
    print(it, step(learner, {"obs": obs, "actions": actions, "reward": torch.rand(4, 10)}))
    if it % 2:
        learner.sync()
print("done")
