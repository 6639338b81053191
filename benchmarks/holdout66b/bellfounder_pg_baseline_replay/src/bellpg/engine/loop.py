import torch

from .returns import discounted


def collect(env, agent):
    obs = env.reset()
    history, actions, rewards, states, prefixes = [obs], [], [], [], []
    done = False
    while not done:
        action, _ = agent.act(history)
        prefixes.append(list(history))
        states.append(obs)
        obs, reward, done = env.step(action)
        history.append(obs)
        actions.append(action)
        rewards.append(reward)
    return torch.stack(states), prefixes, actions, rewards


def run_training(env, agent, baseline, cfg):
    opt_pi = torch.optim.Adam(agent.parameters(), lr=cfg["lr"])
    opt_v = torch.optim.Adam(baseline.parameters(), lr=cfg["lr"])
    history = []
    for _ in range(cfg["episodes"]):
        states, prefixes, actions, rewards = collect(env, agent)
        agent.train()
        log_probs = agent.replay_log_probs(prefixes, actions)
        returns = discounted(rewards, cfg["gamma"])
        values = baseline(states)
        advantage = (returns - values).detach()
        pi_loss = -(log_probs * advantage).mean()
        v_loss = (returns - values).pow(2).mean()
        opt_pi.zero_grad()
        opt_v.zero_grad()
        (pi_loss + v_loss).backward()
        opt_pi.step()
        opt_v.step()
        history.append(sum(rewards))
    return history
