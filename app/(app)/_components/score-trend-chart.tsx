"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ScorePoint } from "@/lib/posture/overview";

/** Posture score across evaluation runs. */
export function ScoreTrendChart({ points }: { points: ScorePoint[] }) {
  const data = points.map((p) => ({ ...p, label: p.at.slice(5, 16).replace("T", " ") }));
  return (
    <div className="h-48 w-full" role="img" aria-label={`Posture score over the last ${points.length} evaluations, latest ${points.at(-1)?.score ?? "none"}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" className="text-slate-200 dark:text-slate-700" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} className="text-slate-500" minTickGap={24} />
          <YAxis domain={[0, 100]} tick={{ fontSize: 11, fill: "currentColor" }} className="text-slate-500" />
          <Tooltip contentStyle={{ fontSize: 12 }} formatter={(value) => [value, "Score"]} />
          <Line type="monotone" dataKey="score" stroke="#2f6fde" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
