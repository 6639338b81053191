class Report:
    def __init__(self):
        self.rows = []

    def add(self, name, value):
        self.rows.append((name, float(value)))

    def render(self):
        return "\n".join(f"{n:<24}{v:>10.4f}" for n, v in self.rows)
