# expect: crash
"""TRPO for the seaweed-farm harvest boat with a recurrent (GRU) policy over the longlines.

Rebuilt in miniature from the shape of a public report (cyanrain7/TRPO-in-MARL#14): a trust-region
update whose Fisher-vector product differentiates the KL gradient a second time, with an RNN policy.
"""
import torch

from kelpfarm import HarvestPolicy, LineFarm, TRPOUpdater, ValueNet, rollout

if __name__ == "__main__":
    torch.manual_seed(21)
    env = LineFarm(seed=3)
    policy, value = HarvestPolicy(), ValueNet()
    updater = TRPOUpdater(policy, value)
    for it in range(3):
        obs, actions, returns, old_logits = rollout(env, policy)
        surr, v_loss = updater.update(obs, actions, returns, old_logits)
        print(f"iter {it}: mean return {returns[:, 0].mean():.3f} surrogate {surr:.4f} value loss {v_loss:.4f}")
