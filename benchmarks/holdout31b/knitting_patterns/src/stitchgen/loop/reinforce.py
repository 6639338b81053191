import torch


def reinforce_epoch(policy, reward_model, opt, baseline, n_batches=2, batch=6, length=8, beta=0.9):
    stats = {"reward": 0.0, "loss": 0.0}
    for _ in range(n_batches):
        seq = policy.sample(batch, length)
        with torch.no_grad():
            r = reward_model(seq)
        baseline = r.mean() if baseline is None else beta * baseline + (1 - beta) * r.mean()
        policy.train()
        logp = policy.log_prob(seq)
        loss = -((r - baseline) * logp).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        stats["reward"] += r.mean().item() / n_batches
        stats["loss"] += loss.item() / n_batches
    return stats, baseline
