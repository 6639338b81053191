import torch


def burn_in(net, obs, steps):
    with torch.no_grad():
        _, state = net(obs[:, :steps])
    return tuple(s.detach() for s in state)


def double_q_targets(agent, obs, reward, burn, gamma=0.97):
    # the target network evaluates the actions the online network picks (double Q-learning)
    online_q, _ = agent.online(obs[:, burn:], burn_in(agent.online, obs, burn))
    target_q, _ = agent.target(obs[:, burn:], burn_in(agent.target, obs, burn))
    best = online_q.argmax(-1, keepdim=True).detach()
    next_q = target_q.gather(-1, best).squeeze(-1)
    return reward[:, burn:-1] + gamma * next_q[:, 1:]


def update(agent, optimizer, batch, burn=3):
    obs, actions, reward = batch["obs"], batch["actions"], batch["reward"]
    q, _ = agent.online(obs[:, burn:], burn_in(agent.online, obs, burn))
    q_taken = q.gather(-1, actions[:, burn:, None]).squeeze(-1)[:, :-1]
    targets = double_q_targets(agent, obs, reward, burn)
    loss = torch.nn.functional.smooth_l1_loss(q_taken, targets)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()
