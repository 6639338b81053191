# expect: crash
"""Cordwainer stitch-order policy: REINFORCE with a learned GRU baseline; the update is a closure from a factory."""
import torch

from cobbler import StitchPolicy, ValueBaseline, collect, make_update


def main():
    torch.manual_seed(12)
    policy = StitchPolicy(n_obs=4, hidden=8, n_act=3)
    baseline = ValueBaseline(n_obs=4, hidden=8)
    update = make_update(policy, baseline, lr=1e-2)
    for it in range(3):
        traj = collect(policy, horizon=6, n_envs=3)
        stats = update(traj)
        print(f"iter {it}: return {traj['rewards'].sum(1).mean():.3f} pg {stats['pg']:.4f} v {stats['v']:.4f}")


if __name__ == "__main__":
    main()
