# expect: crash
"""Semaphore flag sequences: fine-tune a GRU policy that proposes arm-position
sequences so a pretrained legibility model scores them highly. The policy's choices
are relaxed with Gumbel-softmax so the reward model's score can be back-propagated
straight into the policy (a "differentiable reward" shortcut instead of REINFORCE).
"""
import torch

from flagpolicy import FlagPolicy, LegibilityModel, pretrain_reward, RewardFinetuner


def main():
    torch.manual_seed(73)
    reward = LegibilityModel()
    pretrain_reward(reward, steps=5)
    policy = FlagPolicy()
    tuner = RewardFinetuner(policy, reward, lr=5e-3, tau=0.7)
    for it in range(3):
        print(f"iter {it}: mean legibility {tuner.step(batch=4, length=6):.4f}")


if __name__ == "__main__":
    main()
