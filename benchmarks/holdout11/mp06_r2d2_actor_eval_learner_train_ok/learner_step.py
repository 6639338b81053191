import torch


def step(learner, batch):
    obs, actions, reward = batch["obs"], batch["actions"], batch["reward"]
    b = learner.burn
    with torch.no_grad():
        learner.online.eval()
        _, online_state = learner.online(obs[:, :b])
        _, target_state = learner.target(obs[:, :b])
        target_q, _ = learner.target(obs[:, b:], target_state)
    learner.online.train()
    q, _ = learner.online(obs[:, b:], online_state)
    best = q.detach().argmax(-1, keepdim=True)
    y = reward[:, b:-1] + learner.gamma * target_q.gather(-1, best).squeeze(-1)[:, 1:]
    loss = torch.nn.functional.mse_loss(q.gather(-1, actions[:, b:, None]).squeeze(-1)[:, :-1], y)
    learner.opt.zero_grad()
    loss.backward()
    learner.opt.step()
    return loss.item()
