import logging

from .phases import PHASES

log = logging.getLogger("barge.runner")

_MODES = {"train": lambda m: m.train(), "eval": lambda m: m.eval(), "keep": lambda m: m}


class PhaseRunner:
    def __init__(self, ctx, plan):
        self.ctx = ctx
        self.plan = plan

    def run(self):
        for name in self.plan["order"].split(","):
            name = name.strip()
            spec = self.plan.get(name, {})
            _MODES[spec.get("mode", "keep")](self.ctx["model"])
            log.debug("phase %s mode=%s", name, self.ctx["model"].training)
            PHASES[spec.get("kind", name)](self.ctx, spec)
        return self.ctx["log"]
