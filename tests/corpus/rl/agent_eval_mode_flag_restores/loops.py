def evaluate(agent, episodes):
    with agent.eval_mode():
        return [agent.act(agent.new_observation()) for _ in range(episodes)]


def train_with_evaluation(agent, steps, eval_every):
    scores = []
    for step in range(1, steps + 1):
        obs = agent.new_observation()
        agent.act(obs)
        agent.observe(obs, reward=1.0)
        if step % eval_every == 0:
            scores.append(evaluate(agent, episodes=2))
    return scores
