# expect: clean
"""DI-engine style serial pipeline split across packages: a policy class registered by name in a class-level
registry, a BaseLearner and an InteractionSerialEvaluator in worker/. The evaluator's eval-mode forward switches the
shared model to eval, and the policy's `_forward_learn` calls `self._learn_model.train()` before every forward."""
from policy import POLICY_REGISTRY
from worker.learner import BaseLearner
from worker.evaluator import InteractionSerialEvaluator
import policy.drqn  # noqa: F401  (registers "drqn")

cfg = dict(policy=dict(type="drqn", lr=1e-3, obs_dim=4, action_dim=3), max_iterations=4, eval_freq=1)


def serial_pipeline(cfg):
    policy = POLICY_REGISTRY.build(cfg["policy"]["type"], **cfg["policy"])
    learner = BaseLearner(policy.learn_mode)
    evaluator = InteractionSerialEvaluator(policy.eval_mode)
    for it in range(cfg["max_iterations"]):
        if it % cfg["eval_freq"] == 0:
            stop, reward = evaluator.eval(learner.train_iter)
        learner.train(policy.collect_fake_data())
    return policy


serial_pipeline(cfg)
print("done")
