import torch


def evaluate(actor_critic, eval_envs, num_episodes=1):
    actor_critic.eval()
    obs = eval_envs.reset()
    rhs = torch.zeros(obs.size(0), actor_critic.recurrent_hidden_state_size)
    masks = torch.zeros(obs.size(0), 1)
    rewards = []
    for _ in range(3 * num_episodes):
        with torch.no_grad():
            _, action, _, rhs = actor_critic.act(obs, rhs, masks, deterministic=True)
        obs, r, done = eval_envs.step(action)
        masks = 1 - done
        rewards.append(r.mean())
    print(" Evaluation using {} episodes: mean reward {:.3f}".format(num_episodes, float(torch.stack(rewards).mean())))
