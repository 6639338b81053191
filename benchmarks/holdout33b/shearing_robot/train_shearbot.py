# expect: crash
"""Behaviour-clone the shearing robot's blade controller from recorded expert passes."""
import torch

from shearbot import BladePolicy, ImitationLoop, JacobianSmoothness, LossPrinter


def expert_demos(n=3, batch=4, steps=8):
    demos = []
    for _ in range(n):
        obs = torch.randn(batch, steps, 6)
        act = torch.tanh(obs[:, -1, :2] * 0.7)
        demos.append((obs, act))
    return demos


if __name__ == "__main__":
    torch.manual_seed(11)
    policy = BladePolicy()
    callbacks = [LossPrinter(), JacobianSmoothness(torch.randn(2, 8, 6))]
    loop = ImitationLoop(policy, torch.optim.Adam(policy.parameters(), lr=3e-3), callbacks)
    loop.run(expert_demos(), epochs=2)
    print("sensitivity history", callbacks[1].history)
