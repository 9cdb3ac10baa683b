// big_deal.mjs — a synthetic deal of any size, for the scale test and
// scripts/bench: requirements claimed by two vendors (some with evidence),
// questions with histories and promises, touches, and a study.
export function bigDeal({ requirements = 5000, questions = 5000, touches = 3000, studyRequests = 3000, id = 'big' } = {}) {
  const hour = (i) => new Date(Date.UTC(2026, 0, 1) + i * 3600e3).toISOString().slice(0, 16) + 'Z';
  const statuses = ['unknown', 'claimed', 'demonstrated', 'verified', 'partial'];
  return {
    id, title: `${requirements} requirements`, perspective: 'buyer',
    buyer: { id: 'o-buyer', name: 'Buyer' },
    vendors: [{ id: 'v-a', name: 'Vendor A' }, { id: 'v-b', name: 'Vendor B' }], primary_vendor: 'v-a',
    requirements: Array.from({ length: requirements }, (_, i) => ({
      id: `r-${i}`, text: `Requirement number ${i} about some capability`, category: `Area ${i % 12}`,
      priority: ['must', 'should', 'nice'][i % 3], weight: 1 + (i % 5),
      claims: ['v-a', 'v-b'].map((vendor, v) => ({ vendor, status: statuses[(i + v) % 5],
        evidence: i % 7 ? [] : [{ id: 'e-1', kind: 'document', summary: 'Spec sheet', answers: i % 2 === 0 }] })),
    })),
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `q-${i}`, text: `Question ${i}: does it really do this?`, requirement: `r-${i % requirements}`, vendor: 'v-a',
      asked_at: hour(i % 2000), status: ['open', 'promised', 'answered'][i % 3],
      ...(i % 3 === 1 ? { promised_by: hour(i % 2000 + 100).slice(0, 10) } : {}),
      history: [{ at: hour(i % 2000 + 24), kind: 'tabled' }, { at: hour(i % 2000 + 72), kind: 'raised_again' }],
    })),
    timeline: Array.from({ length: touches }, (_, i) => ({
      id: `t-${i}`, at: hour(i * 3), channel: 'email', direction: i % 2 ? 'from_vendor' : 'to_vendor',
      vendor: i % 4 < 2 ? 'v-a' : 'v-b', summary: `Touch ${i}`,
    })),
    ...(studyRequests ? {
      study: {
        method: 'Synthetic', requests: Array.from({ length: studyRequests }, (_, i) => ({
          id: `lr-${i}`, vendor: `Studio ${i}`, channel: 'form', sent_at: hour(i),
          ...(i % 3 ? { first_reply_at: hour(i + (i % 97)), reply_channel: 'email' } : {}),
          quoted_price: 50000 + (i * 7919) % 2000000, followed_up: i % 5 === 0,
        })),
      },
    } : {}),
  };
}

export const workspaceOf = (...deals) => ({ format: 'setright', version: 1, deals });

// Seeds the browser's storage as the app stores a workspace (tests/README.md),
// before any page of the context loads, unless something is stored already.
export async function seedStorage(context, workspace) {
  const text = `1\n${JSON.stringify(workspace)}`;
  await context.addInitScript((stored) => {
    if (localStorage.getItem('setright.v1.head')) return;
    localStorage.setItem('setright.v1.head', JSON.stringify({ generation: 1, slot: 0, slots: [{ generation: 1, bytes: stored.length }] }));
    localStorage.setItem('setright.v1.slot.0', stored);
  }, text);
}
