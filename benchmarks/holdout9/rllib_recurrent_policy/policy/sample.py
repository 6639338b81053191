import torch


def rollout(policy, config):
    obs = torch.randn(config["rollout_len"], config["obs_dim"])
    state = policy.get_initial_state()
    actions, state_out, extra = policy.compute_actions(obs[None], state_batches=state)
    return {"obs": obs[None], "actions": actions, "advantages": torch.randn(1, config["rollout_len"])}
