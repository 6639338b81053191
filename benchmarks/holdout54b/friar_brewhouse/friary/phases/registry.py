PHASES = {}


def phase(name):
    def register(fn):
        PHASES[name] = fn
        return fn
    return register


def run_plan(plan, model):
    state = {"metrics": {}, "plan": plan}
    for name in plan["phases"]:
        PHASES[name](model, state)
    return state
