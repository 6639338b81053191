from ..distill import phases


class PhaseMachine:
    order = ("teach", "distill", "assess")

    def __init__(self, state):
        self.state = state
        self.handlers = {
            "teach": phases.teach,
            "distill": phases.distill,
            "assess": phases.assess,
        }

    def run(self):
        for epoch in range(self.state.epochs):
            self.state.epoch = epoch
            for name in self.order:
                self.handlers[name](self.state)
