# expect: crash
"""
Dialogue policy learning for a restaurant-booking system: supervised warm start on
simulated expert dialogues, then policy-gradient fine-tuning against an agenda-based
user simulator with a learned value baseline.

    python long_dialogue_policy_research.py --sl-epochs 2 --rl-iters 2
"""
import argparse
import collections
import itertools
import logging
import random
import statistics
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical

log = logging.getLogger("dpl")

SLOTS = ("area", "food", "price", "people", "time")
SYS_ACTS = ("request_area", "request_food", "request_price", "request_people", "request_time",
            "offer", "book", "bye")
USR_ACTS = ("inform", "confirm", "deny", "reqalts", "thank")

CFG = {
    "hidden": 12,
    "layers": 1,
    "dropout": 0.1,
    "max_turns": 6,
    "sl_dialogues": 16,
    "sl_epochs": 2,
    "sl_lr": 5e-3,
    "rl_iters": 2,
    "episodes_per_iter": 3,
    "rl_lr": 1e-3,
    "gamma": 0.95,
    "entropy_coef": 0.01,
    "value_coef": 0.5,
    "warmup_iters": 1,       # deterministic rollouts for the first iterations (stabilises the baseline)
    "success_reward": 2.0,
    "turn_penalty": -0.1,
    "eval_episodes": 4,
    "seed": 3,
}

Transition = collections.namedtuple("Transition", "logp value entropy reward")


# ----------------------------------------------------------------------------------------
# environment
# ----------------------------------------------------------------------------------------
class AgendaUser:
    """A tiny agenda-based simulator: the user has a goal and answers system requests."""

    def __init__(self, rng):
        self.rng = rng
        self.goal = {s: rng.random() < 0.7 for s in SLOTS}
        self.goal["area"] = True
        self.informed = {s: False for s in SLOTS}
        self.turn = 0

    def state_vector(self, last_sys, last_usr):
        v = [float(self.informed[s]) for s in SLOTS]
        v += [float(self.goal[s]) for s in SLOTS]
        v += [1.0 if a == last_sys else 0.0 for a in SYS_ACTS]
        v += [1.0 if a == last_usr else 0.0 for a in USR_ACTS]
        v.append(self.turn / 10.0)
        return torch.tensor(v)

    def respond(self, sys_act):
        self.turn += 1
        if sys_act.startswith("request_"):
            slot = sys_act.split("_", 1)[1]
            if self.goal[slot]:
                self.informed[slot] = True
                return "inform", CFG["turn_penalty"], False
            return "deny", CFG["turn_penalty"] * 2, False
        if sys_act == "offer":
            ok = all(self.informed[s] for s in SLOTS if self.goal[s])
            return ("confirm" if ok else "reqalts"), CFG["turn_penalty"], False
        if sys_act == "book":
            ok = all(self.informed[s] for s in SLOTS if self.goal[s])
            return "thank", (CFG["success_reward"] if ok else -1.0), True
        return "thank", -0.5, True


STATE_DIM = 2 * len(SLOTS) + len(SYS_ACTS) + len(USR_ACTS) + 1


def expert_action(user):
    for s in SLOTS:
        if user.goal[s] and not user.informed[s]:
            return SYS_ACTS.index(f"request_{s}")
    return SYS_ACTS.index("book")


# ----------------------------------------------------------------------------------------
# model
# ----------------------------------------------------------------------------------------
class RecurrentActorCritic(nn.Module):
    def __init__(self, state_dim, hidden, layers, dropout, n_actions):
        super().__init__()
        self.enc = nn.Linear(state_dim, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.pi = nn.Linear(hidden, n_actions)
        self.v = nn.Linear(hidden, 1)

    def forward(self, history):
        h, _ = self.gru(torch.relu(self.enc(history)))
        h = self.drop(h)
        return self.pi(h), self.v(h).squeeze(-1)


# ----------------------------------------------------------------------------------------
# supervised warm start
# ----------------------------------------------------------------------------------------
def expert_dialogue(rng):
    user = AgendaUser(rng)
    states, actions = [], []
    last_sys, last_usr = None, None
    for _ in range(CFG["max_turns"]):
        states.append(user.state_vector(last_sys, last_usr))
        a = expert_action(user)
        actions.append(a)
        last_sys = SYS_ACTS[a]
        last_usr, _, done = user.respond(last_sys)
        if done:
            break
    return torch.stack(states), torch.tensor(actions)


def pad(seqs, value=0.0):
    n = max(len(s) for s in seqs)
    out = []
    for s in seqs:
        if len(s) < n:
            fill = torch.full((n - len(s),) + tuple(s.shape[1:]), value, dtype=s.dtype)
            s = torch.cat([s, fill])
        out.append(s)
    return torch.stack(out)


def supervised_warm_start(model, rng, cfg):
    data = [expert_dialogue(rng) for _ in range(cfg["sl_dialogues"])]
    opt = torch.optim.Adam(model.parameters(), lr=cfg["sl_lr"])
    model.train()
    for epoch in range(cfg["sl_epochs"]):
        rng.shuffle(data)
        losses = []
        for chunk in (data[i:i + 4] for i in range(0, len(data), 4)):
            states = pad([s for s, _ in chunk])
            actions = pad([a for _, a in chunk], value=-100)
            logits, _ = model(states)
            loss = F.cross_entropy(logits.flatten(0, 1), actions.flatten(), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        log.info("SL epoch %d loss %.4f", epoch, statistics.mean(losses))


# ----------------------------------------------------------------------------------------
# RL
# ----------------------------------------------------------------------------------------
def run_episode(model, rng, greedy=False):
    user = AgendaUser(rng)
    history, trans = [], []
    last_sys, last_usr = None, None
    for _ in range(CFG["max_turns"]):
        history.append(user.state_vector(last_sys, last_usr))
        logits, values = model(torch.stack(history)[None])
        dist = Categorical(logits=logits[0, -1])
        a = dist.probs.argmax() if greedy else dist.sample()
        last_sys = SYS_ACTS[int(a)]
        last_usr, r, done = user.respond(last_sys)
        trans.append(Transition(dist.log_prob(a), values[0, -1], dist.entropy(), r))
        if done:
            break
    success = trans[-1].reward >= CFG["success_reward"]
    return trans, success


def collect_episodes(model, rng, cfg, it):
    deterministic = it < cfg["warmup_iters"]
    if deterministic:
        model.eval()  # no dropout noise while the value baseline is still untrained
    return [run_episode(model, rng, greedy=deterministic) for _ in range(cfg["episodes_per_iter"])]


def discounted(rewards, gamma):
    out, g = [], 0.0
    for r in reversed(rewards):
        g = r + gamma * g
        out.append(g)
    return list(reversed(out))


def a2c_loss(episodes, cfg):
    pol, val, ent = [], [], []
    for trans, _ in episodes:
        returns = torch.tensor(discounted([t.reward for t in trans], cfg["gamma"]))
        values = torch.stack([t.value for t in trans])
        adv = returns - values.detach()
        pol.append(-(torch.stack([t.logp for t in trans]) * adv).sum())
        val.append(F.smooth_l1_loss(values, returns, reduction="sum"))
        ent.append(torch.stack([t.entropy for t in trans]).sum())
    n = sum(len(t) for t, _ in episodes)
    return (sum(pol) + cfg["value_coef"] * sum(val) - cfg["entropy_coef"] * sum(ent)) / n


def rl_finetune(model, rng, cfg):
    opt = torch.optim.Adam(model.parameters(), lr=cfg["rl_lr"])
    for it in range(cfg["rl_iters"]):
        model.train()
        episodes = collect_episodes(model, rng, cfg, it)
        loss = a2c_loss(episodes, cfg)
        opt.zero_grad()
        loss.backward()  # TM001-here
        nn.utils.clip_grad_norm_(model.parameters(), 0.5)
        opt.step()
        rate = sum(s for _, s in episodes) / len(episodes)
        log.info("RL iter %d loss %.4f success %.2f", it, loss.item(), rate)


@torch.no_grad()
def evaluate_policy(model, rng, cfg):
    model.eval()
    results = [run_episode(model, rng, greedy=True) for _ in range(cfg["eval_episodes"])]
    turns = [len(t) for t, _ in results]
    return {"success": sum(s for _, s in results) / len(results), "avg_turns": statistics.mean(turns)}


def act_histogram(model, rng, n=3):
    counts = collections.Counter()
    with torch.no_grad():
        for _ in range(n):
            trans, _ = run_episode(model, rng, greedy=True)
            counts.update(itertools.islice((round(t.reward, 2) for t in trans), 10))
    return dict(counts)


def render_transcript(model, rng):
    """Greedy dialogue with the current policy, as text (for the appendix)."""
    user = AgendaUser(rng)
    lines, history = [], []
    last_sys, last_usr = None, None
    was_training = model.training
    model.eval()
    with torch.no_grad():
        for turn in range(CFG["max_turns"]):
            history.append(user.state_vector(last_sys, last_usr))
            logits, value = model(torch.stack(history)[None])
            last_sys = SYS_ACTS[int(logits[0, -1].argmax())]
            last_usr, r, done = user.respond(last_sys)
            lines.append(f"T{turn}: SYS {last_sys:<15} USR {last_usr:<8} r={r:+.2f} V={float(value[0, -1]):+.2f}")
            if done:
                break
    model.train(was_training)
    return "\n".join(lines)


def slot_coverage(model, rng, n=4):
    """Fraction of goal slots the policy requests before booking."""
    covered = collections.defaultdict(list)
    for _ in range(n):
        user = AgendaUser(rng)
        with torch.no_grad():
            trans, _ = run_episode(model, rng, greedy=True)
        for s in SLOTS:
            if user.goal[s]:
                covered[s].append(float(user.informed[s]))
    return {s: statistics.mean(v) for s, v in covered.items() if v}


def save_and_reload(model):
    """Round-trip through a temporary checkpoint file (removed afterwards)."""
    import os
    import tempfile
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        torch.save(model.state_dict(), path)
        clone = RecurrentActorCritic(STATE_DIM, CFG["hidden"], CFG["layers"], CFG["dropout"], len(SYS_ACTS))
        clone.load_state_dict(torch.load(path))
    finally:
        os.remove(path)
    return clone


# ----------------------------------------------------------------------------------------
def parse_args(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--sl-epochs", type=int, default=CFG["sl_epochs"])
    p.add_argument("--rl-iters", type=int, default=CFG["rl_iters"])
    p.add_argument("--warmup-iters", type=int, default=CFG["warmup_iters"])
    p.add_argument("--seed", type=int, default=CFG["seed"])
    p.add_argument("--skip-sl", action="store_true")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.INFO - 10 * args.verbose, stream=sys.stdout,
                        format="%(name)s %(levelname)s %(message)s")
    cfg = dict(CFG, sl_epochs=args.sl_epochs, rl_iters=args.rl_iters, warmup_iters=args.warmup_iters,
               seed=args.seed)
    rng = random.Random(cfg["seed"])
    torch.manual_seed(cfg["seed"])
    model = RecurrentActorCritic(STATE_DIM, cfg["hidden"], cfg["layers"], cfg["dropout"], len(SYS_ACTS))
    if not args.skip_sl:
        supervised_warm_start(model, rng, cfg)
        log.info("after SL: %s", evaluate_policy(model, rng, cfg))
        log.info("SL transcript:\n%s", render_transcript(model, rng))
    rl_finetune(model, rng, cfg)
    log.info("after RL: %s", evaluate_policy(model, rng, cfg))
    log.info("reward histogram: %s", act_histogram(model, rng))
    log.info("slot coverage: %s", slot_coverage(model, rng))
    model = save_and_reload(model)
    log.info("reloaded: %s", evaluate_policy(model, rng, cfg))


if __name__ == "__main__":
    main()
