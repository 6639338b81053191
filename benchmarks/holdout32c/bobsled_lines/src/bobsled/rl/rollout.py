import torch


def greedy_rollout(agent, track):
    policy = agent.policy
    policy.eval()
    with torch.no_grad():
        actions, _ = agent.act(track.curves, greedy=True)
    return track.time_saved(actions).item()
